package org.zhizao.plc.simulator.server;

import java.nio.file.Path;
import java.util.Set;
import org.zhizao.plc.simulator.security.UserRegistry;

/**
 * Where and how the simulator's OPC UA server listens.
 *
 * @param bindAddress address to bind, e.g. {@code 0.0.0.0}
 * @param port TCP port, never 0 here (a free port is chosen before)
 * @param path endpoint path, e.g. {@code /zhizao}
 * @param hostnames host names the endpoints are advertised under
 * @param securityDir where the key store and the PKI folders live
 * @param keyStorePassword protects the server's private key in the key store
 * @param users accepted user names and passwords
 * @param allowAnonymous whether anonymous sessions are allowed
 */
public record ServerSettings(
    String bindAddress,
    int port,
    String path,
    Set<String> hostnames,
    Path securityDir,
    char[] keyStorePassword,
    UserRegistry users,
    boolean allowAnonymous) {

  public ServerSettings {
    hostnames = Set.copyOf(hostnames);
  }
}
