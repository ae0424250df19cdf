package org.zhizao.twin.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.zhizao.twin.scene.LiveEvent;

/**
 * Keeps the live stream open: reads its events on a daemon thread and, when the connection is lost or
 * refused, says so and tries again after a pause that grows from 0.5 s to 5 s.
 */
public final class LiveConnection implements AutoCloseable {

    /** What the viewer shows about the connection. */
    public enum Status { CONNECTING, CONNECTED, LOST }

    /** A status change with the reason in words (empty when connected). */
    public record StatusChange(Status status, String reason) {
    }

    private static final String TYPES = "state,count,alarm,agv,kpi";

    private final MesClient client;
    private final Consumer<List<LiveEvent>> events;
    private final Consumer<StatusChange> status;
    private final long maxPauseMillis;
    private volatile boolean closed;
    private volatile InputStream current;
    private Thread thread;

    public LiveConnection(MesClient client, Consumer<List<LiveEvent>> events, Consumer<StatusChange> status) {
        this(client, events, status, 5_000);
    }

    LiveConnection(MesClient client, Consumer<List<LiveEvent>> events, Consumer<StatusChange> status,
            long maxPauseMillis) {
        this.client = client;
        this.events = events;
        this.status = status;
        this.maxPauseMillis = maxPauseMillis;
    }

    public void start() {
        thread = new Thread(this::run, "twin-live-stream");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        long pause = 500;
        while (!closed) {
            status.accept(new StatusChange(Status.CONNECTING, ""));
            try (InputStream in = client.openStream(TYPES)) {
                current = in;
                SseReader reader = new SseReader(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
                for (SseReader.Event e = reader.next(); e != null && !closed; e = reader.next()) {
                    if (e.name().equals("snapshot")) {
                        status.accept(new StatusChange(Status.CONNECTED, ""));
                        pause = 500;
                    }
                    events.accept(LiveEvents.parse(e.data()));
                }
                if (!closed) {
                    status.accept(new StatusChange(Status.LOST, "the server closed the stream"));
                }
            } catch (IOException | RuntimeException e) {
                if (!closed) {
                    status.accept(new StatusChange(Status.LOST, e.getMessage() == null ? e.toString() : e.getMessage()));
                }
            }
            sleep(pause);
            pause = Math.min(maxPauseMillis, pause * 2);
        }
    }

    private void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        InputStream in = current;
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        if (thread != null) {
            thread.interrupt();
        }
    }
}
