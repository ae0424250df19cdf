package org.zhizao.plc.mapping;

/**
 * How to connect to one server. Devices on the same endpoint URL share one connection.
 *
 * @param url the {@code opc.tcp://host:port/path} URL the client can reach; when the server
 *     advertises endpoints under another host name, their URLs are rewritten to this host and port
 * @param securityPolicy a SecurityPolicy name: None, Basic256Sha256, Aes128_Sha256_RsaOaep,
 *     Aes256_Sha256_RsaPss
 * @param securityMode None, Sign or SignAndEncrypt
 * @param username user name, or {@code null} for an anonymous session
 * @param password password for {@code username}
 * @param publishingIntervalMs the subscription's publishing interval in milliseconds
 */
public record EndpointSettings(
    String url,
    String securityPolicy,
    String securityMode,
    String username,
    String password,
    double publishingIntervalMs) {

  /** Default publishing interval. */
  public static final double DEFAULT_PUBLISHING_MS = 250;

  /** An endpoint without security and with an anonymous identity. */
  public static EndpointSettings insecure(String url) {
    return new EndpointSettings(url, "None", "None", null, null, DEFAULT_PUBLISHING_MS);
  }

  /** A copy with another security policy and mode. */
  public EndpointSettings withSecurity(String policy, String mode) {
    return new EndpointSettings(url, policy, mode, username, password, publishingIntervalMs);
  }

  /** A copy with a user name identity. */
  public EndpointSettings withUser(String user, String pass) {
    return new EndpointSettings(url, securityPolicy, securityMode, user, pass, publishingIntervalMs);
  }

  /** A copy with another publishing interval. */
  public EndpointSettings withPublishingInterval(double ms) {
    return new EndpointSettings(url, securityPolicy, securityMode, username, password, ms);
  }

  /** Never print the password. */
  @Override
  public String toString() {
    return "EndpointSettings[" + url + ", " + securityPolicy + "/" + securityMode
        + (username == null ? ", anonymous" : ", user " + username) + "]";
  }
}
