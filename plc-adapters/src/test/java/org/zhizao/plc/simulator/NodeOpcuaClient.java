package org.zhizao.plc.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code src/test/node/simulator-client.js}, a node-opcua client, installing node-opcua from
 * {@code package-lock.json} first when {@code node_modules} is missing.
 */
final class NodeOpcuaClient {

  private static final Path NODE_DIR = Path.of("src", "test", "node");

  private NodeOpcuaClient() {}

  /** Runs the script against an endpoint and device; returns its output lines. */
  static List<String> run(String endpointUrl, String deviceId, int subscribeSeconds) throws Exception {
    install();
    Path log = Files.createTempFile("simulator-client", ".log");
    Process node =
        new ProcessBuilder("node", "simulator-client.js", endpointUrl, deviceId, String.valueOf(subscribeSeconds))
            .directory(NODE_DIR.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!node.waitFor(subscribeSeconds + 90L, TimeUnit.SECONDS)) {
      node.destroyForcibly();
      throw new IllegalStateException("the node-opcua client did not finish: " + Files.readString(log));
    }
    List<String> lines = new ArrayList<>(Files.readAllLines(log, StandardCharsets.UTF_8));
    Files.deleteIfExists(log);
    return lines;
  }

  private static synchronized void install() throws IOException, InterruptedException {
    if (Files.isDirectory(NODE_DIR.resolve("node_modules").resolve("node-opcua"))) {
      return;
    }
    boolean locked = Files.exists(NODE_DIR.resolve("package-lock.json"));
    Process npm =
        new ProcessBuilder(
                locked
                    ? List.of("npm", "ci", "--no-audit", "--no-fund")
                    : List.of("npm", "install", "--no-audit", "--no-fund"))
            .directory(NODE_DIR.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
      throw new IllegalStateException("npm could not install node-opcua in " + NODE_DIR);
    }
  }
}
