package org.zhizao.mes.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.zhizao.mes.equipment.EquipmentFeed;
import org.zhizao.mes.equipment.ShopFloorChange;

/** The stream clients: each change from the feed is offered to every client, which coalesces on its own. */
@Component
class LiveHub implements Consumer<ShopFloorChange>, DisposableBean {

    private final EquipmentFeed feed;
    private final ObjectMapper json;
    private final CopyOnWriteArrayList<LiveClient> clients = new CopyOnWriteArrayList<>();
    private final ExecutorService senders;
    private final int maxClients;

    LiveHub(EquipmentFeed feed, ObjectMapper json, @Value("${zhizao.live.senders:4}") int senders,
            @Value("${zhizao.live.max-clients:200}") int maxClients) {
        this.feed = feed;
        this.json = json;
        this.maxClients = maxClients;
        AtomicInteger n = new AtomicInteger();
        this.senders = Executors.newFixedThreadPool(senders, r -> {
            Thread t = new Thread(r, "live-sender-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        feed.subscribe(this);
    }

    @Override
    public void accept(ShopFloorChange change) {
        for (LiveClient c : clients) {
            c.offer(change);
        }
    }

    SseEmitter connect(Set<String> types) throws IOException {
        clients.removeIf(LiveClient::isClosed);
        if (clients.size() >= maxClients) {
            throw new org.zhizao.mes.shared.domain.RuleViolation("the live stream serves at most " + maxClients
                    + " clients");
        }
        SseEmitter emitter = new SseEmitter(0L);
        LiveClient client = new LiveClient(emitter, types, json, senders);
        emitter.onCompletion(() -> remove(client));
        emitter.onTimeout(() -> remove(client));
        emitter.onError(e -> remove(client));
        clients.add(client);
        client.start(feed.snapshot());
        return emitter;
    }

    int clientCount() {
        return clients.size();
    }

    private void remove(LiveClient client) {
        client.close();
        clients.remove(client);
    }

    @Override
    public void destroy() {
        feed.unsubscribe(this);
        clients.forEach(LiveClient::close);
        senders.shutdownNow();
    }
}
