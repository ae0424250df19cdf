package org.zhizao.plc.simulator.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The user names and passwords the simulator accepts. There is no built-in user: users come from
 * the embedding code or a properties file ({@code name=password} per line); the demo users of
 * {@link #demo()} are for the demo and tests only.
 */
public final class UserRegistry {

  private final Map<String, byte[]> passwords = new LinkedHashMap<>();

  /** A registry without users: only anonymous sessions, if those are allowed. */
  public static UserRegistry none() {
    return new UserRegistry();
  }

  /** The documented demo and test users ({@code demo-users.properties} in this package). */
  public static UserRegistry demo() {
    try (InputStream in = UserRegistry.class.getResourceAsStream("demo-users.properties")) {
      return fromProperties(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the demo users", e);
    }
  }

  /** Users from a properties file. */
  public static UserRegistry load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return fromProperties(in);
    }
  }

  private static UserRegistry fromProperties(InputStream in) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    UserRegistry registry = new UserRegistry();
    properties.stringPropertyNames().stream()
        .sorted()
        .forEach(name -> registry.add(name, properties.getProperty(name)));
    return registry;
  }

  /** Adds (or replaces) a user. */
  public UserRegistry add(String name, String password) {
    if (name == null || name.isBlank() || password == null || password.isEmpty()) {
      throw new IllegalArgumentException("a user needs a name and a password");
    }
    passwords.put(name, password.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  /** Whether the name and password match a user; compared in constant time. */
  public boolean authenticate(String name, String password) {
    byte[] expected = passwords.get(name);
    byte[] given = password == null ? new byte[0] : password.getBytes(StandardCharsets.UTF_8);
    return expected != null && MessageDigest.isEqual(expected, given);
  }

  public Set<String> names() {
    return Set.copyOf(passwords.keySet());
  }

  public boolean isEmpty() {
    return passwords.isEmpty();
  }
}
