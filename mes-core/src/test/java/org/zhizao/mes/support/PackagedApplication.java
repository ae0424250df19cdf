package org.zhizao.mes.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged server ({@code mes-core.jar}) run as its own process, as an administrator would run it:
 * {@code java -jar mes-core.jar} in a working directory, so the default H2 file database lands under
 * that directory's {@code ./data}.
 */
public final class PackagedApplication implements AutoCloseable {

    private final Path workingDirectory;
    private final List<String> arguments;
    private final Map<String, String> environment;
    private final int port;
    private Process process;

    public PackagedApplication(Path workingDirectory, List<String> arguments, Map<String, String> environment) {
        this.workingDirectory = workingDirectory;
        this.arguments = arguments;
        this.environment = environment;
        this.port = freePort();
    }

    public static Path jar() {
        String jar = System.getProperty("zhizao.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("the packaged jar is missing (" + jar + "): run 'mvnw verify'");
        }
        return Path.of(jar).toAbsolutePath();
    }

    public int port() {
        return port;
    }

    public Api api() {
        return Api.local(port);
    }

    public Path log() {
        return workingDirectory.resolve("server.log");
    }

    /** Starts the server and waits until its health endpoint answers UP. */
    public PackagedApplication start() {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-jar", jar().toString(),
                "--server.port=" + port));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue() + "; see " + log());
            }
            try {
                Api.Response health = api().get("/actuator/health");
                if (health.status() == 200 && health.body().contains("UP")) {
                    return this;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            sleep(250);
        }
        close();
        throw new IllegalStateException("the server did not become healthy within 120 s; see " + log());
    }

    /** CPU time the server process has used so far (user and system). */
    public Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** Stops the server the way a service manager does (SIGTERM) and waits for it to exit. */
    @Override
    public void close() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
