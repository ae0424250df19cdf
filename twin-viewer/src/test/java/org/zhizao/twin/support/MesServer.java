package org.zhizao.twin.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged mes-core ({@code -Dmes-core.jar}) with the demo profile and its simulated plant, run as a
 * process in a temporary directory, once for all tests of the module and stopped when the JVM exits.
 * The simulator listens on a free port so parallel builds do not clash on 4840.
 */
public final class MesServer {

    private static MesServer shared;

    private final int port;
    private final int simulatorPort;
    private final Path directory;
    private final Process process;

    private MesServer() throws IOException {
        String jar = System.getProperty("mes-core.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("the packaged mes-core is missing (" + jar + "): package mes-core first");
        }
        port = freePort();
        simulatorPort = freePort();
        directory = Files.createTempDirectory("twin-mes-core");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-jar", Path.of(jar).toAbsolutePath().toString(), "--spring.profiles.active=demo",
                "--server.port=" + port, "--zhizao.simulator.port=" + simulatorPort);
        process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(directory.resolve("server.log").toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
    }

    /** The running server, started on first use. */
    public static synchronized MesServer get() {
        if (shared == null) {
            try {
                shared = new MesServer();
                shared.awaitHealthy();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    public URI url() {
        return URI.create("http://localhost:" + port);
    }

    /** The endpoint of the plant simulator the server runs inside itself. */
    public String simulatorUrl() {
        return "opc.tcp://localhost:" + simulatorPort + "/zhizao";
    }

    public Path log() {
        return directory.resolve("server.log");
    }

    private void awaitHealthy() {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plusSeconds(360);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("mes-core exited with " + process.exitValue() + "; see " + log());
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(url().resolve("/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(300);
        }
        stop();
        throw new IllegalStateException("mes-core did not become healthy within 360 s; see " + log());
    }

    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
