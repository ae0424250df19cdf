package org.zhizao.mes.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A Server-Sent Events client of {@code /api/live/stream} for tests: each event's items as they arrive. */
public final class StreamClient implements AutoCloseable {

    /** One item of a snapshot or changes event, with the time it arrived. */
    public record Item(String event, JsonNode item, long receivedMillis) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final BlockingQueue<Item> items = new LinkedBlockingQueue<>();
    private final Thread reader;
    private final int status;
    private volatile Stream<String> lines;

    /** Signed in as a demo user (password "demo"). */
    public StreamClient(int port, String user, String types) {
        this(port, user, "demo", types);
    }

    public StreamClient(int port, String user, String password, String types) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/live/stream?types=" + types))
                .header("Authorization", "Basic " + token).header("Accept", "text/event-stream").build();
        try {
            HttpResponse<Stream<String>> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build()
                    .send(request, HttpResponse.BodyHandlers.ofLines());
            status = response.statusCode();
            lines = response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        reader = new Thread(this::read, "stream-client");
        reader.setDaemon(true);
        reader.start();
    }

    public int status() {
        return status;
    }

    private void read() {
        String event = "message";
        try {
            for (var it = lines.iterator(); it.hasNext(); ) {
                String line = it.next();
                if (line.startsWith("event:")) {
                    event = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    long now = System.currentTimeMillis();
                    JsonNode data = JSON.readTree(line.substring(5).trim());
                    for (JsonNode item : data.get("items")) {
                        items.add(new Item(event, item, now));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // the stream ended
        }
    }

    /** The first item (from now on) that matches, or null after the timeout. */
    public Item await(Predicate<Item> matching, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            Item item = items.poll(left, TimeUnit.NANOSECONDS);
            if (item != null && matching.test(item)) {
                return item;
            }
        }
    }

    /** Takes every item received so far. */
    public java.util.List<Item> drain() {
        java.util.List<Item> taken = new java.util.ArrayList<>();
        items.drainTo(taken);
        return taken;
    }

    @Override
    public void close() {
        Stream<String> s = lines;
        if (s != null) {
            s.close();
        }
        reader.interrupt();
    }
}
