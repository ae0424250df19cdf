package org.zhizao.mes.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests: a throw-away cluster made with Debian's {@code postgresql}
 * binaries on a free loopback port, started once per JVM and removed at exit. PostgreSQL refuses to run
 * as root, so as root the server runs as the {@code postgres} user the Debian package creates.
 */
public final class PostgresServer {

    public static final String USER = "zhizao";

    private static PostgresServer shared;

    private final Path binaries;
    private final Path dataDirectory;
    private final int port;
    private final boolean asRoot;

    private PostgresServer(Path binaries, Path dataDirectory, int port, boolean asRoot) {
        this.binaries = binaries;
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.asRoot = asRoot;
    }

    /** The server shared by every test of this JVM, started on first use. */
    public static synchronized PostgresServer shared() {
        if (shared == null) {
            shared = start(List.of("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"));
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "postgres-stop"));
        }
        return shared;
    }

    /** A server with PostgreSQL's durable defaults, for benchmarks. */
    public static PostgresServer startDurable() {
        return start(List.of());
    }

    private static PostgresServer start(List<String> settings) {
        Path binaries = locateBinaries();
        boolean asRoot = "root".equals(System.getProperty("user.name"));
        try {
            Path data = Files.createTempDirectory("zhizao-pg-");
            if (asRoot) {
                run(List.of("chown", "postgres:postgres", data.toString()), false);
            }
            PostgresServer server = new PostgresServer(binaries, data, freePort(), asRoot);
            server.pg(List.of("initdb", "-D", data.resolve("cluster").toString(), "-U", USER, "-A", "trust",
                    "-E", "UTF8", "--no-sync", "--locale=C"));
            List<String> options = new ArrayList<>(List.of("-p", String.valueOf(server.port), "-c",
                    "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=" + data, "-c",
                    "max_connections=200"));
            options.addAll(settings);
            server.pg(List.of("pg_ctl", "-D", data.resolve("cluster").toString(), "-l",
                    data.resolve("server.log").toString(), "-w", "-t", "60", "-o", String.join(" ", options), "start"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Creates an empty database and returns its JDBC URL. */
    public String createDatabase(String name) {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), USER, "")) {
            c.createStatement().execute("CREATE DATABASE " + name);
            return jdbcUrl(name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name + ": " + e.getMessage(), e);
        }
    }

    public void stop() {
        try {
            pg(List.of("pg_ctl", "-D", dataDirectory.resolve("cluster").toString(), "-m", "immediate", "-w", "stop"));
        } catch (RuntimeException e) {
            // best effort at exit
        }
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp directory is harmless
        }
    }

    private void pg(List<String> command) {
        List<String> full = new ArrayList<>();
        if (asRoot) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.add(binaries.resolve(command.get(0)).toString());
        full.addAll(command.subList(1, command.size()));
        run(full, true);
    }

    private static void run(List<String> command, boolean inherit) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("PostgreSQL command failed: " + String.join(" ", command) + "\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path locateBinaries() {
        String configured = System.getenv("ZHIZAO_PG_BIN");
        if (configured != null) {
            return Path.of(configured);
        }
        Path root = Path.of("/usr/lib/postgresql");
        String[] versions = root.toFile().list();
        if (versions == null || versions.length == 0) {
            throw new IllegalStateException("PostgreSQL server binaries not found under /usr/lib/postgresql: "
                    + "install Debian's package 'postgresql' (or set ZHIZAO_PG_BIN)");
        }
        return Arrays.stream(versions).max(Comparator.comparingInt(PostgresServer::major))
                .map(v -> root.resolve(v).resolve("bin")).orElseThrow();
    }

    private static int major(String version) {
        try {
            return Integer.parseInt(version.split("\\.")[0]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
