package org.zhizao.plc.simulator.server;

import static org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig.USER_TOKEN_POLICY_ANONYMOUS;
import static org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig.USER_TOKEN_POLICY_USERNAME;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.ubyte;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.eclipse.milo.opcua.sdk.server.EndpointConfig;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig;
import org.eclipse.milo.opcua.sdk.server.identity.AnonymousIdentityValidator;
import org.eclipse.milo.opcua.sdk.server.identity.CompositeValidator;
import org.eclipse.milo.opcua.sdk.server.identity.IdentityValidator;
import org.eclipse.milo.opcua.sdk.server.identity.UsernameIdentityValidator;
import org.eclipse.milo.opcua.sdk.server.model.objects.ServerTypeNode;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.transport.TransportProfile;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.UserTokenType;
import org.eclipse.milo.opcua.stack.core.types.structured.BuildInfo;
import org.eclipse.milo.opcua.stack.core.types.structured.UserTokenPolicy;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransport;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransportConfig;
import org.zhizao.plc.simulator.device.PlantModel;
import org.zhizao.plc.simulator.security.ServerCertificates;

/**
 * One run of the simulator's Milo OPC UA server over a plant model. A restart builds a new one on the
 * same port with the same node ids; the model (and its counters) lives on in between.
 *
 * <p>Endpoints: SecurityPolicy None and Basic256Sha256 with SignAndEncrypt, each offering anonymous
 * (if allowed) and user name tokens. On the None endpoint the password is encrypted with
 * Basic256Sha256 (the token policy's own security policy), so it never crosses the wire in clear.
 */
public final class SimulatorServer {

  private static final UserTokenPolicy USERNAME_ENCRYPTED =
      new UserTokenPolicy(
          "username_basic256sha256", UserTokenType.UserName, null, null,
          SecurityPolicy.Basic256Sha256.getUri());

  private final OpcUaServer server;
  private final PlantNamespace namespace;

  private SimulatorServer(OpcUaServer server, PlantNamespace namespace) {
    this.server = server;
    this.namespace = namespace;
  }

  /** Builds and starts a server serving {@code model} in namespace {@code namespaceUri}. */
  public static SimulatorServer start(ServerSettings settings, PlantModel model, String namespaceUri)
      throws Exception {
    Set<String> certificateHosts = new LinkedHashSet<>(settings.hostnames());
    certificateHosts.add("127.0.0.1");
    ServerCertificates certificates =
        ServerCertificates.open(settings.securityDir(), settings.keyStorePassword(), certificateHosts);
    OpcUaServerConfig config =
        OpcUaServerConfig.builder()
            .setApplicationUri(ServerCertificates.APPLICATION_URI)
            .setApplicationName(LocalizedText.english("Zhizao Plant Simulator"))
            .setProductUri("urn:zhizao:plant-simulator")
            .setBuildInfo(
                new BuildInfo(
                    "urn:zhizao:plant-simulator", "Zhizao MES", "Zhizao Plant Simulator",
                    OpcUaServer.SDK_VERSION, "", DateTime.now()))
            .setEndpoints(endpoints(settings, certificates.certificate()))
            .setCertificateManager(certificates.certificateManager())
            .setIdentityValidator(identityValidator(settings))
            .build();
    OpcUaServer server =
        new OpcUaServer(
            config,
            profile -> new OpcTcpServerTransport(OpcTcpServerTransportConfig.newBuilder().build()));
    PlantNamespace namespace = new PlantNamespace(server, namespaceUri, model);
    namespace.startup();
    server.startup().get(10, TimeUnit.SECONDS);
    // the Server object notifies every event (OPC 10000-3 §5.5.2), the devices' alarms included
    server.getAddressSpaceManager().getManagedNode(NodeIds.Server)
        .filter(ServerTypeNode.class::isInstance)
        .ifPresent(node -> ((ServerTypeNode) node).setEventNotifier(ubyte(1)));
    return new SimulatorServer(server, namespace);
  }

  private static IdentityValidator identityValidator(ServerSettings settings) {
    List<IdentityValidator> validators = new ArrayList<>();
    if (settings.allowAnonymous()) {
      validators.add(AnonymousIdentityValidator.INSTANCE);
    }
    validators.add(
        new UsernameIdentityValidator(
            challenge -> settings.users().authenticate(challenge.getUsername(), challenge.getPassword())));
    return new CompositeValidator(validators);
  }

  private static Set<EndpointConfig> endpoints(ServerSettings settings, X509Certificate certificate) {
    Set<EndpointConfig> endpoints = new LinkedHashSet<>();
    for (String host : settings.hostnames()) {
      EndpointConfig.Builder base =
          EndpointConfig.newBuilder()
              .setTransportProfile(TransportProfile.TCP_UASC_UABINARY)
              .setBindAddress(settings.bindAddress())
              .setBindPort(settings.port())
              .setHostname(host)
              .setPath(settings.path())
              .setCertificate(certificate);
      EndpointConfig.Builder none =
          base.copy().setSecurityPolicy(SecurityPolicy.None).setSecurityMode(MessageSecurityMode.None);
      EndpointConfig.Builder secure =
          base.copy()
              .setSecurityPolicy(SecurityPolicy.Basic256Sha256)
              .setSecurityMode(MessageSecurityMode.SignAndEncrypt);
      if (settings.allowAnonymous()) {
        none.addTokenPolicies(USER_TOKEN_POLICY_ANONYMOUS);
        secure.addTokenPolicies(USER_TOKEN_POLICY_ANONYMOUS);
      }
      none.addTokenPolicies(USERNAME_ENCRYPTED);
      secure.addTokenPolicies(USER_TOKEN_POLICY_USERNAME);
      endpoints.add(none.build());
      endpoints.add(secure.build());
      // OPC 10000-6 §7.1: a discovery endpoint at <path>/discovery, without security
      endpoints.add(
          base.copy()
              .setPath(settings.path() + "/discovery")
              .setSecurityPolicy(SecurityPolicy.None)
              .setSecurityMode(MessageSecurityMode.None)
              .addTokenPolicies(USER_TOKEN_POLICY_ANONYMOUS)
              .build());
    }
    return endpoints;
  }

  /** Brings the nodes up to date with the model; call with the model's lock held. */
  public void publish() {
    namespace.publish();
  }

  /** Number of variable nodes that follow the devices. */
  public int variableCount() {
    return namespace.variableCount();
  }

  /** Stops the server: closes every session and unbinds the port. */
  public void stop() {
    try {
      server.shutdown().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("the OPC UA server did not shut down", e);
    } finally {
      namespace.shutdown();
    }
  }
}
