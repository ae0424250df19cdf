package org.zhizao.mes.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.zhizao.mes.equipment.ShopFloorChange;

/**
 * One stream client. Changes wait in a map keyed by what they change, so a newer value replaces an older
 * one not yet sent: a client that reads slowly gets fewer, fresher events instead of holding up anyone.
 * At most one send per client is in flight; it sends everything waiting as one {@code changes} event.
 */
final class LiveClient {

    private final SseEmitter emitter;
    private final Set<String> types;
    private final ObjectMapper json;
    private final Executor senders;
    private final Object lock = new Object();
    private Map<String, ShopFloorChange> waiting = new LinkedHashMap<>();
    private boolean sending;
    private boolean ready;
    private volatile boolean closed;
    final AtomicLong coalesced = new AtomicLong();

    LiveClient(SseEmitter emitter, Set<String> types, ObjectMapper json, Executor senders) {
        this.emitter = emitter;
        this.types = types;
        this.json = json;
        this.senders = senders;
    }

    boolean wants(ShopFloorChange change) {
        return types.contains(change.type());
    }

    /** Called on the ingestion thread: never blocks beyond a map put. */
    void offer(ShopFloorChange change) {
        if (closed || !wants(change)) {
            return;
        }
        boolean schedule;
        synchronized (lock) {
            if (waiting.put(change.key(), change) != null) {
                coalesced.incrementAndGet();
            }
            schedule = ready && !sending;
            if (schedule) {
                sending = true;
            }
        }
        if (schedule) {
            senders.execute(this::drain);
        }
    }

    /** Sends the snapshot, then lets changes flow. */
    void start(List<ShopFloorChange> snapshot) throws IOException {
        send("snapshot", snapshot.stream().filter(this::wants).toList());
        boolean schedule;
        synchronized (lock) {
            ready = true;
            schedule = !waiting.isEmpty() && !sending;
            sending = schedule;
        }
        if (schedule) {
            senders.execute(this::drain);
        }
    }

    private void drain() {
        while (!closed) {
            List<ShopFloorChange> batch;
            synchronized (lock) {
                if (waiting.isEmpty()) {
                    sending = false;
                    return;
                }
                batch = new ArrayList<>(waiting.values());
                waiting = new LinkedHashMap<>();
            }
            try {
                send("changes", batch);
            } catch (IOException | RuntimeException e) {
                close();
                return;
            }
        }
    }

    private void send(String event, List<ShopFloorChange> changes) throws IOException {
        long sent = System.currentTimeMillis();
        List<Map<String, Object>> items = new ArrayList<>(changes.size());
        for (ShopFloorChange c : changes) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("key", c.key());
            item.put("type", c.type());
            item.put("data", c.data());
            item.put("t", c.deviceTime() == null ? null : c.deviceTime().toEpochMilli());
            items.add(item);
        }
        String data;
        try {
            data = json.writeValueAsString(Map.of("sent", sent, "items", items));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        emitter.send(SseEmitter.event().name(event).data(data, MediaType.APPLICATION_JSON));
    }

    void close() {
        closed = true;
        synchronized (lock) {
            waiting.clear();
        }
        try {
            emitter.complete();
        } catch (RuntimeException ignored) {
            // already gone
        }
    }

    boolean isClosed() {
        return closed;
    }
}
