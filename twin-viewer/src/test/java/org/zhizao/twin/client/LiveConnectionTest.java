package org.zhizao.twin.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zhizao.twin.scene.LiveEvent;

class LiveConnectionTest {

    private HttpServer server;

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aDroppedStreamIsReportedAsLostAndReconnectedByItself() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/api/live/stream", exchange -> {
            int n = connections.incrementAndGet();
            // the first connection is refused like a server that is still starting
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            if (n == 1) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(("event:snapshot\ndata:{\"sent\":1,\"items\":[{\"key\":\"kpi:P1\",\"type\":\"kpi\","
                        + "\"t\":1,\"data\":{\"oee\":0.5}}]}\n\n").getBytes(StandardCharsets.UTF_8));
            } // the stream ends: the server went away
        });
        server.start();
        List<LiveConnection.StatusChange> statuses = new CopyOnWriteArrayList<>();
        List<LiveEvent> events = new CopyOnWriteArrayList<>();
        MesClient client = new MesClient(URI.create("http://localhost:" + server.getAddress().getPort()), "u", "p");
        try (LiveConnection live = new LiveConnection(client, events::addAll, statuses::add, 200)) {
            live.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            // until the third connection is not only accepted by the server but reported by the client
            while (statuses.stream().filter(c -> c.status() == LiveConnection.Status.CONNECTED).count() < 2
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        }
        assertThat(connections.get()).isGreaterThanOrEqualTo(3);
        assertThat(statuses).extracting(LiveConnection.StatusChange::status).containsSubsequence(
                LiveConnection.Status.CONNECTING, LiveConnection.Status.LOST, LiveConnection.Status.CONNECTING,
                LiveConnection.Status.CONNECTED, LiveConnection.Status.LOST, LiveConnection.Status.CONNECTING,
                LiveConnection.Status.CONNECTED);
        assertThat(statuses.get(1).reason()).contains("503");
        assertThat(events).extracting(LiveEvent::key).contains("kpi:P1");
    }
}
