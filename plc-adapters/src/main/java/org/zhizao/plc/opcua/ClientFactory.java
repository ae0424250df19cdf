package org.zhizao.plc.opcua;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.eclipse.milo.opcua.sdk.client.DiscoveryClient;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.OpcUaClientConfig;
import org.eclipse.milo.opcua.sdk.client.identity.AnonymousProvider;
import org.eclipse.milo.opcua.sdk.client.identity.UsernameProvider;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.UserTokenType;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.UserTokenPolicy;
import org.eclipse.milo.opcua.stack.core.util.EndpointUtil;
import org.eclipse.milo.opcua.stack.transport.client.tcp.OpcTcpClientTransport;
import org.eclipse.milo.opcua.stack.transport.client.tcp.OpcTcpClientTransportConfig;
import org.zhizao.plc.mapping.EndpointSettings;

/** Discovers a server's endpoints, picks the configured one and builds a client for it. */
final class ClientFactory {

  private static final int TIMEOUT_MS = 5_000;

  private ClientFactory() {}

  static OpcUaClient create(EndpointSettings settings, ClientCertificates certificates)
      throws Exception {
    List<EndpointDescription> endpoints = DiscoveryClient.getEndpoints(settings.url(),
        t -> t.setConnectTimeout(uint(TIMEOUT_MS))).get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
    EndpointDescription endpoint = reachable(select(settings, endpoints), settings.url());
    OpcUaClientConfig config = OpcUaClientConfig.builder()
        .setEndpoint(endpoint)
        .setApplicationName(LocalizedText.english("Zhizao MES"))
        .setApplicationUri(ClientCertificates.APPLICATION_URI)
        .setProductUri("urn:zhizao:mes")
        .setKeyPair(certificates.keyPair())
        .setCertificate(certificates.certificate())
        .setCertificateChain(new java.security.cert.X509Certificate[] {certificates.certificate()})
        .setCertificateValidator(certificates.validator())
        .setIdentityProvider(settings.username() == null
            ? new AnonymousProvider()
            : new UsernameProvider(settings.username(), Objects.requireNonNullElse(settings.password(), "")))
        .setRequestTimeout(uint(TIMEOUT_MS))
        // a lost server is noticed within about 3 s (keep-alive every second, 2 misses allowed)
        .setKeepAliveInterval(uint(1_000))
        .setKeepAliveFailuresAllowed(uint(2))
        .build();
    OpcTcpClientTransportConfig transport = OpcTcpClientTransportConfig.newBuilder()
        .setConnectTimeout(uint(TIMEOUT_MS))
        .build();
    return new OpcUaClient(config, new OpcTcpClientTransport(transport));
  }

  /** The endpoint with the configured policy, mode and a matching user token policy. */
  static EndpointDescription select(EndpointSettings settings, List<EndpointDescription> endpoints) {
    String policyUri = SecurityPolicy.valueOf(settings.securityPolicy()).getUri();
    MessageSecurityMode mode = MessageSecurityMode.valueOf(settings.securityMode());
    UserTokenType token =
        settings.username() == null ? UserTokenType.Anonymous : UserTokenType.UserName;
    return endpoints.stream()
        .filter(e -> policyUri.equals(e.getSecurityPolicyUri()) && e.getSecurityMode() == mode)
        .filter(e -> Arrays.stream(Objects.requireNonNullElse(e.getUserIdentityTokens(),
            new UserTokenPolicy[0])).anyMatch(p -> p.getTokenType() == token))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("the server offers no endpoint with "
            + settings.securityPolicy() + "/" + settings.securityMode() + " and a "
            + token + " identity; it offers: " + offered(endpoints)));
  }

  /**
   * Rewrites the endpoint to the host and port the client was configured with: servers often
   * advertise a host name (the machine's own) that the client's network cannot resolve.
   */
  static EndpointDescription reachable(EndpointDescription endpoint, String configuredUrl) {
    URI configured = URI.create(configuredUrl);
    int port = configured.getPort() > 0 ? configured.getPort() : 4840;
    return EndpointUtil.updateUrl(endpoint, configured.getHost(), port);
  }

  private static String offered(List<EndpointDescription> endpoints) {
    return endpoints.stream()
        .map(e -> SecurityPolicy.fromUriSafe(e.getSecurityPolicyUri()).map(Enum::name)
            .orElse(e.getSecurityPolicyUri()) + "/" + e.getSecurityMode())
        .distinct().toList().toString();
  }
}
