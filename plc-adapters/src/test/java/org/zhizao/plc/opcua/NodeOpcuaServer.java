package org.zhizao.plc.opcua;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Starts {@code src/test/node/interop-server.js} (node-opcua) on a free loopback port, installing
 * its npm packages first when {@code node_modules} is missing.
 */
final class NodeOpcuaServer implements AutoCloseable {

  static final Path NODE_DIR = Path.of("src", "test", "node").toAbsolutePath();

  private final Process process;
  final int port;

  private NodeOpcuaServer(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  static NodeOpcuaServer start(Path pkiDir) throws Exception {
    installPackages();
    int port = freePort();
    Process p = new ProcessBuilder("node", "interop-server.js", "--port", String.valueOf(port),
        "--pki", pkiDir.toString())
        .directory(NODE_DIR.toFile())
        .redirectErrorStream(true)
        .start();
    CompletableFuture<Boolean> ready = new CompletableFuture<>();
    StringBuilder log = new StringBuilder();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(
          new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) {
          synchronized (log) {
            log.append(line).append('\n');
          }
          if (line.startsWith("READY")) {
            ready.complete(true);
          }
        }
      } catch (IOException ignored) {
        // the process ended
      }
      ready.complete(false);
    }, "node-opcua-log");
    reader.setDaemon(true);
    reader.start();
    if (!ready.get(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("node-opcua server did not start:\n" + log);
    }
    return new NodeOpcuaServer(p, port);
  }

  String url() {
    return "opc.tcp://127.0.0.1:" + port + "/acme";
  }

  private static synchronized void installPackages() throws Exception {
    if (Files.isDirectory(NODE_DIR.resolve("node_modules").resolve("node-opcua"))) {
      return;
    }
    boolean locked = Files.exists(NODE_DIR.resolve("package-lock.json"));
    Process npm = new ProcessBuilder(
        locked ? List.of("npm", "ci", "--no-audit", "--no-fund") : List.of("npm", "install", "--no-audit", "--no-fund"))
        .directory(NODE_DIR.toFile()).inheritIO().start();
    if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
      throw new IllegalStateException("npm could not install node-opcua in " + NODE_DIR);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() throws Exception {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
