package org.zhizao.mes.live;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.zhizao.mes.equipment.EquipmentFeed;
import org.zhizao.mes.equipment.ShopFloorChange;
import org.zhizao.mes.kpi.KpiCalculator;
import org.zhizao.mes.plant.PlantDirectory;

/**
 * Publishes the KPIs of every line, workshop, factory and the park for the current day (from midnight in
 * {@code zhizao.live.kpi-zone}) to the stream, every {@code zhizao.live.kpi-interval-seconds}, while
 * clients are connected.
 */
@Component
class KpiTicker implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(KpiTicker.class);

    private final KpiCalculator kpis;
    private final PlantDirectory plant;
    private final EquipmentFeed feed;
    private final LiveHub hub;
    private final Clock clock;
    private final ZoneId zone;
    private final long intervalSeconds;
    private ScheduledExecutorService timer;

    KpiTicker(KpiCalculator kpis, PlantDirectory plant, EquipmentFeed feed, LiveHub hub, Clock clock,
            @Value("${zhizao.live.kpi-zone:Asia/Shanghai}") String zone,
            @Value("${zhizao.live.kpi-interval-seconds:30}") long intervalSeconds) {
        this.kpis = kpis;
        this.plant = plant;
        this.feed = feed;
        this.hub = hub;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
        this.intervalSeconds = intervalSeconds;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "live-kpi");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::tick, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    }

    void tick() {
        if (hub.clientCount() == 0) {
            return;
        }
        try {
            Instant now = clock.instant();
            Instant midnight = now.atZone(zone).truncatedTo(ChronoUnit.DAYS).toInstant();
            for (String code : elements()) {
                Map<String, Object> data = kpis.headline(code, midnight, now);
                feed.publish(new ShopFloorChange("kpi:" + code, "kpi", data, now));
            }
        } catch (RuntimeException e) {
            log.warn("KPI update failed: {}", e.toString());
        }
    }

    private List<String> elements() {
        TreeSet<String> codes = new TreeSet<>();
        for (PlantDirectory.StationInfo s : plant.stations()) {
            String[] parts = s.code().split("/");
            for (int i = 1; i < parts.length; i++) {
                codes.add(String.join("/", java.util.Arrays.copyOfRange(parts, 0, i)));
            }
        }
        return List.copyOf(codes);
    }

    @Override
    public void destroy() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
