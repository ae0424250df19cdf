package org.zhizao.plc.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.milo.opcua.sdk.client.DiscoveryClient;
import org.eclipse.milo.opcua.sdk.client.identity.AnonymousProvider;
import org.eclipse.milo.opcua.sdk.client.identity.UsernameProvider;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.enumerated.UserTokenType;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.UserTokenPolicy;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Endpoints, identities and certificate stores as an administrator manages them (OPC 10000-2 §6,
 * OPC 10000-4 §5.6.3 ActivateSession, OPC 10000-12 §7 trust lists).
 */
class SimulatorSecurityTest {

  private static final String CLIENT_URI = "urn:zhizao:simulator-test-client";
  private static final String SERIAL = SimulatorFixture.CNC + "/Identification/SerialNumber";

  /** A fresh PKI, for the test that trusts a client certificate; the others share the fixture's. */
  @TempDir Path freshSecurityDir;

  private PlantSimulator.Builder simulator() {
    return SimulatorFixture.testPlant();
  }

  @Test
  void theEndpointsOfferNoneAndBasic256Sha256SignAndEncryptWithAnonymousAndUserNameTokens()
      throws Exception {
    try (PlantSimulator running = simulator().build().start()) {
      List<EndpointDescription> endpoints = DiscoveryClient.getEndpoints(running.endpointUrl()).get();
      List<EndpointDescription> session =
          endpoints.stream().filter(e -> e.getEndpointUrl().equals(running.endpointUrl())).toList();
      assertThat(session)
          .extracting(e -> e.getSecurityPolicyUri() + " " + e.getSecurityMode())
          .containsExactlyInAnyOrder(
              SecurityPolicy.None.getUri() + " None",
              SecurityPolicy.Basic256Sha256.getUri() + " SignAndEncrypt");
      assertThat(session).allSatisfy(e -> assertThat(e.getUserIdentityTokens())
          .extracting(UserTokenPolicy::getTokenType)
          .containsExactlyInAnyOrder(UserTokenType.Anonymous, UserTokenType.UserName));
    }
  }

  @Test
  void anUnknownClientCertificateIsRejectedUntilAnAdministratorMovesItToTrusted() throws Exception {
    KeyPair keyPair = SelfSignedCertificateGenerator.generateRsaKeyPair(2048);
    X509Certificate certificate =
        new SelfSignedCertificateBuilder(keyPair)
            .setCommonName("simulator test client")
            .setApplicationUri(CLIENT_URI)
            .addDnsName("localhost")
            .build();
    Path securityDir = freshSecurityDir;
    try (PlantSimulator running = simulator().securityDir(securityDir).build().start()) {
      var identity = new UsernameProvider("operator", "operator-demo");
      java.util.function.Consumer<org.eclipse.milo.opcua.sdk.client.OpcUaClientConfigBuilder> withCertificate =
          c -> c.setApplicationUri(CLIENT_URI).setKeyPair(keyPair).setCertificate(certificate)
              .setCertificateChain(new X509Certificate[] {certificate});

      assertThatThrownBy(() -> OpcUaTestClient.connect(
              running, SecurityPolicy.Basic256Sha256, identity, withCertificate))
          .isInstanceOf(UaException.class);
      Path rejected = securityDir.resolve("pki/rejected/certs");
      List<Path> quarantined = files(rejected);
      assertThat(quarantined).hasSize(1);

      Path trusted = securityDir.resolve("pki/trusted/certs");
      Files.move(quarantined.get(0), trusted.resolve(quarantined.get(0).getFileName()));
      try (OpcUaTestClient client = awaitTrusted(running, identity, withCertificate)) {
        assertThat(client.value(SERIAL)).isEqualTo("ZZ-1001");
      }
    }
  }

  /** The trust list notices the moved file on its own; allow it a moment. */
  private static OpcUaTestClient awaitTrusted(
      PlantSimulator running, UsernameProvider identity,
      java.util.function.Consumer<org.eclipse.milo.opcua.sdk.client.OpcUaClientConfigBuilder> config)
      throws Exception {
    UaException last = null;
    for (int attempt = 0; attempt < 20; attempt++) {
      try {
        return OpcUaTestClient.connect(running, SecurityPolicy.Basic256Sha256, identity, config);
      } catch (UaException e) {
        last = e;
        Thread.sleep(250);
      }
    }
    throw last;
  }

  @Test
  void aUserNameSessionNeedsTheRightPasswordEvenOnTheUnsecuredEndpoint() throws Exception {
    try (PlantSimulator running = simulator().build().start()) {
      assertThatThrownBy(() -> OpcUaTestClient.connect(
              running, SecurityPolicy.None, new UsernameProvider("operator", "wrong")))
          .isInstanceOf(UaException.class);
      try (OpcUaTestClient client = OpcUaTestClient.connect(
          running, SecurityPolicy.None, new UsernameProvider("operator", "operator-demo"))) {
        assertThat(client.value(SERIAL)).isEqualTo("ZZ-1001");
      }
    }
  }

  @Test
  void anonymousSessionsAreRefusedWhenTheConfigurationSaysSo() throws Exception {
    try (PlantSimulator running = simulator().allowAnonymous(false).build().start()) {
      assertThatThrownBy(() -> OpcUaTestClient.connect(running, SecurityPolicy.None, new AnonymousProvider()))
          .isInstanceOf(UaException.class);
    }
  }

  @Test
  void theServerKeepsItsKeyPairAndCertificateAcrossRuns() throws Exception {
    // clients that trusted the server once must not have to trust it again after a restart
    ByteString first = serverCertificate();
    ByteString second = serverCertificate();
    assertThat(second).isEqualTo(first);
    assertThat(SimulatorFixture.SECURITY_DIR.resolve("plant-simulator.pfx")).isRegularFile();
  }

  private ByteString serverCertificate() throws Exception {
    try (PlantSimulator running = simulator().build().start();
        OpcUaTestClient client = OpcUaTestClient.connect(running)) {
      return client.milo().getConfig().getEndpoint().getServerCertificate();
    }
  }

  private static List<Path> files(Path dir) throws Exception {
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(Files::isRegularFile).toList();
    }
  }
}
