package org.zhizao.plc.opcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhizao.plc.mapping.AdapterConfig;
import org.zhizao.plc.mapping.MappingLoader;
import org.zhizao.plc.opcua.ConnectionEvent.State;

/**
 * The adapters against node-opcua, an OPC UA stack independent of Milo, serving a machine whose
 * address space the MES did not design (string node ids, the vendor's namespace URI). Everything the
 * adapters know about it comes from the mapping file.
 */
class NodeOpcuaInteropTest {

  private static final String DEVICE = "P1/F1/W1/L1/S09/LATHE";
  private static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir static Path dir;
  private static NodeOpcuaServer server;

  @BeforeAll
  static void startServer() throws Exception {
    // The machine's administrator trusts the MES client's certificate (OPC 10000-4 §6.1.3).
    Path serverTrusted = Files.createDirectories(dir.resolve("server-pki/trusted/certs"));
    ClientCertificates client = ClientCertificates.open(dir.resolve("client-pki"));
    Files.write(serverTrusted.resolve("zhizao-mes-client.der"), client.certificate().getEncoded());
    server = NodeOpcuaServer.start(dir.resolve("server-pki"));
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void readsSubscribesWritesAndCallsAMethodWithoutSecurity() throws Exception {
    try (OpcUaAdapter adapter = adapter("None", "None", null)) {
      Recorder recorder = start(adapter);
      recorder.awaitEvent(e -> e.state() == State.CONNECTED, WAIT);
      exerciseTheLathe(adapter, recorder, "JOB-NONE");
    }
  }

  @Test
  void connectsWithBasic256Sha256SignAndEncryptOnceTheAdministratorTrustsTheServer() throws Exception {
    // An unknown server certificate is rejected into a folder (OPC 10000-4 §6.1.3); moving it to
    // trusted/certs is all an administrator does, and the adapter connects on its next attempt.
    try (OpcUaAdapter adapter = adapter("Basic256Sha256", "SignAndEncrypt", "operator")) {
      Recorder recorder = start(adapter);
      Path rejected = adapter.rejectedCertificates();
      Recorder.await(() -> listing(rejected).isEmpty() ? null : true, WAIT,
          "the server certificate was not rejected into " + rejected);
      ConnectionEvent lost = recorder.awaitEvent(e -> e.state() == State.LOST, WAIT);
      assertThat(lost.reason()).containsIgnoringCase("certificate");
      assertThat(adapter.isConnected(DEVICE)).isFalse();
      for (Path cert : listing(rejected)) {
        Files.move(cert, Files.createDirectories(adapter.trustedCertificates()).resolve(cert.getFileName()));
      }
      recorder.awaitEvent(e -> e.state() == State.CONNECTED, WAIT);
      exerciseTheLathe(adapter, recorder, "JOB-SECURE");
    }
  }

  private void exerciseTheLathe(OpcUaAdapter adapter, Recorder recorder, String job) {
    // read: every mapped signal reports its current value first (OPC 10000-4 §5.12.1.6)
    recorder.awaitUpdate(DEVICE, "state", u -> u.quality().isGood() && u.value() instanceof String, WAIT);
    recorder.awaitUpdate(DEVICE, "spindleSpeed", u -> u.quality().isGood() && "rpm".equals(u.unit()), WAIT);

    // subscribe: the counter ticks every 100 ms and its deltas add up to its increase
    SignalUpdate first = recorder.awaitUpdate(DEVICE, "partsTotal", u -> u.quality().isGood(), WAIT);
    SignalUpdate later = recorder.awaitUpdate(DEVICE, "partsTotal",
        u -> u.quality().isGood() && u.longValue() >= first.longValue() + 5, WAIT);
    long counted = recorder.updates.stream()
        .filter(u -> u.signal().equals("partsTotal") && u.countDelta() != null)
        .dropWhile(u -> u != first).skip(1).takeWhile(u -> u != later)
        .mapToLong(SignalUpdate::countDelta).sum() + later.countDelta();
    assertThat(counted).isEqualTo(later.longValue() - first.longValue());

    // write: accepted within range, refused with the server's reason outside it
    CommandResult written = adapter.write(DEVICE, "feedOverride", 80, Duration.ofSeconds(5));
    assertThat(written.succeeded()).as(written.message()).isTrue();
    recorder.awaitUpdate(DEVICE, "feedOverride", u -> u.doubleValue() == 80.0, WAIT);
    CommandResult refused = adapter.write(DEVICE, "feedOverride", 500, Duration.ofSeconds(5));
    assertThat(refused.succeeded()).isFalse();
    assertThat(refused.status()).isEqualTo("Bad_OutOfRange");

    // call: arguments converted to the declared String and UInt32, output returned
    CommandResult started = adapter.call(DEVICE, "startJob", List.of(job, 5), Duration.ofSeconds(5));
    assertThat(started.succeeded()).as(started.message()).isTrue();
    assertThat(started.outputs()).containsExactly(true);
    recorder.awaitUpdate(DEVICE, "program", u -> job.equals(u.value()), WAIT);
    CommandResult rejectedCall = adapter.call(DEVICE, "startJob", List.of(job, 0), Duration.ofSeconds(5));
    assertThat(rejectedCall.succeeded()).isFalse();
    assertThat(rejectedCall.status()).isEqualTo("Bad_InvalidArgument");
    assertThat(recorder.problems).isEmpty();
  }

  private OpcUaAdapter adapter(String policy, String mode, String user) throws Exception {
    String url = server.url();
    String yaml = """
        format: zhizao-opcua-mapping/1
        endpoints:
          - url: '%s'
            securityPolicy: %s
            securityMode: %s
        %s
        templates:
          - name: acme-lathe
            signals:
              state:        {path: Status/RunState, type: string, sampling: 100}
              program:      {node: 'nsu=urn:acme:lathe-controller;s=Lathe7.Status.JobName', type: string, sampling: 100}
              partsTotal:   {path: Status/PartCounter, type: integer, counter: true, sampling: 50, queueSize: 10}
              spindleSpeed: {path: Status/SpindleRpm, type: number, unit: rpm, sampling: 100}
              feedOverride: {path: FeedOverride, type: number, unit: '%%', sampling: 100}
            methods:
              startJob: {path: StartJob}
        devices:
          - device: %s
            endpoint: '%s'
            template: acme-lathe
            rootNode: 'nsu=urn:acme:lathe-controller;s=Lathe7'
        """.formatted(url, policy, mode,
        user == null ? "" : "    username: " + user + "\n    password: lathe-7", DEVICE, url);
    Path file = dir.resolve("lathe-" + policy + ".yaml");
    Files.writeString(file, yaml);
    AdapterConfig config = MappingLoader.load(List.of(file)).requireNoProblems();
    return new OpcUaAdapter(config, dir.resolve("client-pki"));
  }

  private static Recorder start(OpcUaAdapter adapter) {
    Recorder recorder = new Recorder();
    adapter.addListener(recorder);
    adapter.start();
    return recorder;
  }

  private static List<Path> listing(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.toList();
    } catch (java.io.IOException e) {
      return List.of();
    }
  }
}
