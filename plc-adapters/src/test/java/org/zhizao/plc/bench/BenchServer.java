package org.zhizao.plc.bench;

import static org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig.USER_TOKEN_POLICY_ANONYMOUS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.server.EndpointConfig;
import org.eclipse.milo.opcua.sdk.server.ManagedNamespaceWithLifecycle;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig;
import org.eclipse.milo.opcua.sdk.server.identity.AnonymousIdentityValidator;
import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.sdk.server.items.MonitoredItem;
import org.eclipse.milo.opcua.sdk.server.nodes.UaFolderNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.server.util.SubscriptionModel;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.security.DefaultApplicationGroup;
import org.eclipse.milo.opcua.stack.core.security.DefaultCertificateManager;
import org.eclipse.milo.opcua.stack.core.security.DefaultServerCertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.FileBasedCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.FileBasedTrustListManager;
import org.eclipse.milo.opcua.stack.core.security.KeyStoreCertificateStore;
import org.eclipse.milo.opcua.stack.core.security.RsaSha256CertificateFactory;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.transport.TransportProfile;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransport;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransportConfig;

/**
 * A Milo server for the throughput benchmark: {@code devices} objects {@code Dev01…} with
 * {@code items} Double variables each, in groups of {@link #GROUP} ({@code Dev01/G00/V00}, as a
 * PLC groups its tags), every value changed every {@code periodMs}.
 */
final class BenchServer implements AutoCloseable {

  static final String NAMESPACE = "urn:zhizao:bench";
  static final int GROUP = 20;

  /** The browse path of item {@code i} under its device. */
  static String path(int i) {
    return String.format("G%02d/V%02d", i / GROUP, i % GROUP);
  }

  private final OpcUaServer server;
  private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
  final int port;

  BenchServer(int port, int devices, int items, long periodMs, Path securityDir) throws Exception {
    this.port = port;
    Path pki = Files.createDirectories(securityDir.resolve("pki"));
    var store = KeyStoreCertificateStore.createAndInitialize(new KeyStoreCertificateStore.Settings(
        securityDir.resolve("bench-server.pfx"), "bench"::toCharArray, alias -> "bench".toCharArray()));
    var trust = FileBasedTrustListManager.createAndInitialize(pki);
    var quarantine = FileBasedCertificateQuarantine.create(pki.resolve("rejected").resolve("certs"));
    var factory = new RsaSha256CertificateFactory() {
      @Override
      protected X509Certificate[] createRsaSha256CertificateChain(KeyPair keyPair) throws Exception {
        return new X509Certificate[] {new SelfSignedCertificateBuilder(keyPair)
            .setCommonName("Zhizao bench server").setApplicationUri("urn:zhizao:bench:server")
            .addDnsName("localhost").addIpAddress("127.0.0.1").build()};
      }
    };
    var group = DefaultApplicationGroup.createAndInitialize(trust, store, factory,
        new DefaultServerCertificateValidator(trust, quarantine));
    X509Certificate certificate =
        group.getCertificateChain(NodeIds.RsaSha256ApplicationCertificateType).orElseThrow()[0];
    EndpointConfig endpoint = EndpointConfig.newBuilder()
        .setTransportProfile(TransportProfile.TCP_UASC_UABINARY)
        .setBindAddress("127.0.0.1").setBindPort(port).setHostname("127.0.0.1").setPath("/bench")
        .setCertificate(certificate)
        .setSecurityPolicy(SecurityPolicy.None).setSecurityMode(MessageSecurityMode.None)
        .addTokenPolicies(USER_TOKEN_POLICY_ANONYMOUS)
        .build();
    OpcUaServerConfig config = OpcUaServerConfig.builder()
        .setApplicationUri("urn:zhizao:bench:server")
        .setApplicationName(LocalizedText.english("Zhizao bench server"))
        .setEndpoints(Set.of(endpoint))
        .setCertificateManager(new DefaultCertificateManager(quarantine, group))
        .setIdentityValidator(AnonymousIdentityValidator.INSTANCE)
        .build();
    server = new OpcUaServer(config,
        profile -> new OpcTcpServerTransport(OpcTcpServerTransportConfig.newBuilder().build()));
    Nodes nodes = new Nodes(server, devices, items);
    nodes.startup();
    server.startup().get(10, TimeUnit.SECONDS);
    long[] tick = {0};
    ticker.scheduleAtFixedRate(() -> {
      tick[0]++;
      DataValue value = new DataValue(new Variant((double) tick[0]));
      for (UaVariableNode node : nodes.variables) {
        node.setValue(value);
      }
    }, periodMs, periodMs, TimeUnit.MILLISECONDS);
  }

  String url() {
    return "opc.tcp://127.0.0.1:" + port + "/bench";
  }

  @Override
  public void close() throws Exception {
    ticker.shutdownNow();
    server.shutdown().get(10, TimeUnit.SECONDS);
  }

  private static final class Nodes extends ManagedNamespaceWithLifecycle {
    private final SubscriptionModel subscriptions;
    final List<UaVariableNode> variables = new ArrayList<>();

    Nodes(OpcUaServer server, int devices, int items) {
      super(server, NAMESPACE);
      subscriptions = new SubscriptionModel(server, this);
      getLifecycleManager().addLifecycle(subscriptions);
      getLifecycleManager().addStartupTask(() -> {
        for (int d = 1; d <= devices; d++) {
          String device = String.format("Dev%02d", d);
          UaFolderNode folder = new UaFolderNode(getNodeContext(), newNodeId(device),
              newQualifiedName(device), LocalizedText.english(device));
          getNodeManager().addNode(folder);
          folder.addReference(new org.eclipse.milo.opcua.sdk.core.Reference(folder.getNodeId(),
              NodeIds.Organizes, NodeIds.ObjectsFolder.expanded(), false));
          UaFolderNode group = folder;
          for (int i = 0; i < items; i++) {
            if (i % GROUP == 0) {
              String g = path(i).substring(0, 3);
              group = new UaFolderNode(getNodeContext(), newNodeId(device + "/" + g),
                  newQualifiedName(g), LocalizedText.english(g));
              getNodeManager().addNode(group);
              folder.addOrganizes(group);
            }
            String name = path(i).substring(4);
            UaVariableNode node = new UaVariableNode.UaVariableNodeBuilder(getNodeContext())
                .setNodeId(newNodeId(device + "/" + path(i)))
                .setAccessLevel(AccessLevel.READ_ONLY)
                .setUserAccessLevel(AccessLevel.READ_ONLY)
                .setBrowseName(newQualifiedName(name))
                .setDisplayName(LocalizedText.english(name))
                .setDataType(NodeIds.Double)
                .setTypeDefinition(NodeIds.BaseDataVariableType)
                .build();
            node.setValue(new DataValue(new Variant(0.0)));
            getNodeManager().addNode(node);
            group.addOrganizes(node);
            variables.add(node);
          }
        }
      });
    }

    @Override
    public void onDataItemsCreated(List<DataItem> items) {
      subscriptions.onDataItemsCreated(items);
    }

    @Override
    public void onDataItemsModified(List<DataItem> items) {
      subscriptions.onDataItemsModified(items);
    }

    @Override
    public void onDataItemsDeleted(List<DataItem> items) {
      subscriptions.onDataItemsDeleted(items);
    }

    @Override
    public void onMonitoringModeChanged(List<MonitoredItem> items) {
      subscriptions.onMonitoringModeChanged(items);
    }
  }
}
