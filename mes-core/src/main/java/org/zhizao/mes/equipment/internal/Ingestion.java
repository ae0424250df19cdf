package org.zhizao.mes.equipment.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.zhizao.mes.equipment.AvailabilityState;
import org.zhizao.mes.equipment.EquipmentFeed;
import org.zhizao.mes.equipment.ShopFloorChange;
import org.zhizao.mes.equipment.domain.StateMapping;
import org.zhizao.plc.opcua.ConnectionEvent;
import org.zhizao.plc.opcua.SignalUpdate;

/**
 * Turns the adapters' updates into availability states, counts, alarms, AGV positions and signal history,
 * on one thread of its own: the adapters only enqueue, so a slow database or stream client never holds up
 * an OPC UA delivery. What must be stored goes to {@link PendingWrites}; what clients see goes to the
 * feed's listeners.
 */
@Component
public class Ingestion implements EquipmentFeed {

    private static final Logger log = LoggerFactory.getLogger(Ingestion.class);
    private static final Object STOP = new Object();

    private final LinkedBlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final PendingWrites pending = new PendingWrites();
    private final List<Consumer<ShopFloorChange>> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, ShopFloorChange> latest = new ConcurrentHashMap<>();
    private final Clock clock;
    private final AtomicLong processed = new AtomicLong();
    private final Map<String, Long> firstReadings = new ConcurrentHashMap<>();
    private Map<String, LiveDevice> devices = new HashMap<>();
    private final Map<String, long[]> counters = new HashMap<>();
    private Thread thread;

    Ingestion(Clock clock) {
        this.clock = clock;
    }

    /** A new set of devices: called with the adapters (re)started; every device starts Offline. */
    record Reset(Map<String, DeviceDirectory.Device> devices) {
    }

    /** Runs a piece of work on the ingestion thread (e.g. a flush of open buckets). */
    record Task(Runnable work) {
    }

    synchronized void start() {
        if (thread == null) {
            thread = new Thread(this::run, "equipment-ingestion");
            thread.setDaemon(true);
            thread.start();
        }
    }

    synchronized void stop() {
        if (thread != null) {
            queue.add(STOP);
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    void accept(Object item) {
        queue.add(item);
    }

    /** Waits until everything enqueued so far has been processed. */
    void drain() {
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        accept(new Task(done::countDown));
        try {
            done.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    PendingWrites pending() {
        return pending;
    }

    /**
     * The counter value each counted signal had before the first delta since start ({@code device/signal}),
     * so a check can tell the parts the MES saw from those made before it connected.
     */
    public Map<String, Long> firstReadings() {
        return Map.copyOf(firstReadings);
    }

    /** Updates processed since start. */
    public long processed() {
        return processed.get();
    }

    @Override
    public List<ShopFloorChange> snapshot() {
        return new ArrayList<>(latest.values());
    }

    @Override
    public void subscribe(Consumer<ShopFloorChange> listener) {
        listeners.add(listener);
    }

    @Override
    public void unsubscribe(Consumer<ShopFloorChange> listener) {
        listeners.remove(listener);
    }

    @Override
    public void publish(ShopFloorChange change) {
        if (!change.type().equals("signal")) {
            latest.put(change.key(), change);
        }
        for (Consumer<ShopFloorChange> l : listeners) {
            try {
                l.accept(change);
            } catch (RuntimeException e) {
                log.warn("A live listener failed: {}", e.toString());
            }
        }
    }

    private void run() {
        while (true) {
            Object item;
            try {
                item = queue.poll(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (item == STOP) {
                closeBuckets(true);
                return;
            }
            try {
                if (item instanceof SignalUpdate u) {
                    update(u);
                    processed.incrementAndGet();
                } else if (item instanceof ConnectionEvent e) {
                    connection(e);
                } else if (item instanceof Reset r) {
                    reset(r.devices());
                } else if (item instanceof Task t) {
                    t.work().run();
                }
                if (item == null || (processed.get() & 0xFFF) == 0) {
                    closeBuckets(false);
                }
            } catch (RuntimeException e) {
                log.warn("Ingestion of {} failed", item, e);
            }
        }
    }

    private void reset(Map<String, DeviceDirectory.Device> bound) {
        closeBuckets(true);
        counters.clear();
        Instant now = clock.instant();
        Map<String, LiveDevice> fresh = new LinkedHashMap<>();
        bound.forEach((code, d) -> {
            LiveDevice live = new LiveDevice(d);
            fresh.put(code, live);
            if (StateMapping.map(d.template(), new org.zhizao.mes.equipment.domain.DeviceReadings(0L, null, null,
                    null, null)).isPresent()) {
                changeState(live, AvailabilityState.OFFLINE, "not connected", now);
            }
        });
        devices = fresh;
    }

    private void connection(ConnectionEvent e) {
        if (e.state() != ConnectionEvent.State.LOST) {
            return;
        }
        for (String code : e.devices()) {
            LiveDevice d = devices.get(code);
            if (d != null && d.state != null) {
                d.offlineByQuality = true;
                changeState(d, AvailabilityState.OFFLINE, "connection lost: " + e.reason(), e.at());
            }
        }
    }

    private void update(SignalUpdate u) {
        LiveDevice d = devices.get(u.device());
        if (d == null) {
            return;
        }
        Instant now = clock.instant();
        Instant at = u.sourceTime() == null || u.sourceTime().isAfter(now) ? now : u.sourceTime();
        publish(new ShopFloorChange("signal:" + u.device() + "/" + u.signal(), "signal",
                signalData(u), at));
        boolean good = u.quality().isGood();
        String signal = u.signal();
        if (!good) {
            if (signal.equals("stateNumber") && d.state != null && d.state != AvailabilityState.OFFLINE) {
                d.offlineByQuality = true;
                changeState(d, AvailabilityState.OFFLINE, u.quality().name(), now);
            }
            return;
        }
        switch (signal) {
            case "stateNumber" -> {
                d.readings = d.readings.withStateNumber(u.longValue());
                remap(d, at, now);
            }
            case "state" -> d.deviceState = String.valueOf(u.value());
            case "mode" -> {
                d.readings = d.readings.withMode(String.valueOf(u.value()));
                remap(d, at, now);
            }
            case "blocked" -> {
                d.readings = d.readings.withBlocked((Boolean) u.value());
                remap(d, at, now);
            }
            case "starved" -> {
                d.readings = d.readings.withStarved((Boolean) u.value());
                remap(d, at, now);
            }
            case "stopReason" -> {
                d.readings = d.readings.withStopReason(u.longValue());
                remap(d, at, now);
            }
            case "job" -> d.job = String.valueOf(u.value());
            case "partsTotal", "cycles", "partsBad" -> count(d, u, at);
            case "energy" -> energy(d, u.doubleValue(), at);
            case "alarm", "alarmSeverity", "alarmCode", "alarmMessage" -> alarm(d, signal, u.value(), at);
            case "positionX", "positionY", "heading", "battery", "speed", "missionPhase", "mission" -> {
                if (d.device.template().equals("agv")) {
                    agv(d, u, at);
                }
            }
            default -> { }
        }
        if (u.value() instanceof Double v && !signal.equals("energy")) {
            sample(d, signal, v, at);
        }
    }

    private static Map<String, Object> signalData(SignalUpdate u) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("device", u.device());
        data.put("signal", u.signal());
        data.put("value", u.value() instanceof Instant i ? i.toString() : u.value());
        data.put("quality", u.quality().name());
        return data;
    }

    private void remap(LiveDevice d, Instant at, Instant now) {
        StateMapping.map(d.device.template(), d.readings).ifPresent(s -> {
            // leaving Offline: the re-read value may be older than the outage, which lasted until now
            Instant when = d.state == AvailabilityState.OFFLINE ? now : at;
            d.offlineByQuality = false;
            changeState(d, s, d.deviceState, when);
        });
    }

    private void changeState(LiveDevice d, AvailabilityState state, String deviceState, Instant at) {
        if (state == d.state) {
            return;
        }
        Instant when = d.stateSince != null && at.isBefore(d.stateSince) ? d.stateSince : at;
        d.state = state;
        d.stateSince = when;
        pending.state(new PendingWrites.StateChange(d.device.code(), d.device.station(), state, deviceState, when));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("device", d.device.code());
        data.put("station", d.device.station());
        data.put("primary", d.device.primary());
        data.put("state", state.name());
        data.put("deviceState", deviceState);
        data.put("since", when.toString());
        publish(new ShopFloorChange("state:" + d.device.code(), "state", data, when));
    }

    private void count(LiveDevice d, SignalUpdate u, Instant at) {
        if (!d.device.primary() || u.countDelta() == null) {
            return;
        }
        String key = d.device.code() + "/" + u.signal();
        firstReadings.putIfAbsent(key, u.longValue() - u.countDelta());
        long delta = counterDelta(key, u);
        boolean bad = u.signal().equals("partsBad");
        // a robot counts cycles; CNC machines and PackML stations count parts made and bad parts
        if (u.signal().equals("cycles") && !d.device.template().equals("robot")) {
            return;
        }
        long produced = bad ? 0 : delta;
        long scrap = bad ? delta : 0;
        d.produced += produced;
        d.scrap += scrap;
        pending.count(d.device.code(), d.device.station(), d.job, u.signal(), u.longValue(), 32, produced, scrap, at);
        if (delta > 0) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("station", d.device.station());
            data.put("device", d.device.code());
            data.put("produced", d.produced);
            data.put("good", d.produced - d.scrap);
            data.put("scrap", d.scrap);
            data.put("job", d.job);
            publish(new ShopFloorChange("count:" + d.device.station(), "count", data, at));
        }
    }

    /**
     * The parts since the previous reading. The adapter's delta is taken for the first reading (it knows the
     * baseline seeded from the database); after that a reading older than the last one seen, e.g. a re-read
     * that crossed a newer notification after a reconnect, is stale and counts nothing, where the adapter
     * would take the step back for a counter reset and count everything again.
     */
    private long counterDelta(String key, SignalUpdate u) {
        long[] last = counters.get(key); // {value, source time in ms}
        long time = u.sourceTime() == null ? Long.MAX_VALUE : u.sourceTime().toEpochMilli();
        long value = u.longValue();
        if (last == null) {
            counters.put(key, new long[] {value, time});
            return u.countDelta();
        }
        if (time < last[1] || value == last[0]) {
            return 0;
        }
        long delta = org.zhizao.plc.opcua.CounterDelta.delta(last[0], value, 32);
        last[0] = value;
        last[1] = time == Long.MAX_VALUE ? last[1] : time;
        return delta;
    }

    private void energy(LiveDevice d, double kwh, Instant at) {
        Double last = d.lastEnergy;
        d.lastEnergy = kwh;
        if (last == null || !d.device.energyOfStation()) {
            return;
        }
        double delta = kwh >= last ? kwh - last : kwh;
        if (delta > 0) {
            pending.energy(d.device.code(), d.device.station(), at.truncatedTo(ChronoUnit.MINUTES), delta);
        }
    }

    private void alarm(LiveDevice d, String signal, Object value, Instant at) {
        switch (signal) {
            case "alarmCode" -> d.alarmCode = String.valueOf(value);
            case "alarmMessage" -> d.alarmMessage = String.valueOf(value);
            case "alarmSeverity" -> d.alarmSeverity = ((Number) value).intValue();
            default -> {
                boolean active = Boolean.TRUE.equals(value);
                if (active != d.alarmActive) {
                    d.alarmActive = active;
                    if (active) {
                        d.alarm = new PendingWrites.ActiveAlarm();
                    }
                    pending.alarm(new PendingWrites.AlarmChange(d.device.code(), d.device.station(), active,
                            d.alarm, at));
                }
            }
        }
        if (d.alarm != null && d.alarmActive) {
            d.alarm.code = d.alarmCode;
            d.alarm.message = d.alarmMessage;
            d.alarm.severity = d.alarmSeverity;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("device", d.device.code());
        data.put("station", d.device.station());
        data.put("active", d.alarmActive);
        data.put("code", d.alarmActive ? d.alarmCode : "");
        data.put("message", d.alarmActive ? d.alarmMessage : "");
        data.put("severity", d.alarmActive ? d.alarmSeverity : 0);
        publish(new ShopFloorChange("alarm:" + d.device.code(), "alarm", data, at));
    }

    private void agv(LiveDevice d, SignalUpdate u, Instant at) {
        d.agv.put(u.signal(), u.value());
        Map<String, Object> data = new LinkedHashMap<>(d.agv);
        data.put("device", d.device.code());
        data.put("workshop", d.device.equipment().workshopCode());
        data.put("state", d.state == null ? null : d.state.name());
        publish(new ShopFloorChange("agv:" + d.device.code(), "agv", data, at));
    }

    private void sample(LiveDevice d, String signal, double v, Instant at) {
        Instant minute = at.truncatedTo(ChronoUnit.MINUTES);
        LiveDevice.SampleBucket b = d.buckets.get(signal);
        if (b != null && !b.minute.equals(minute)) {
            pending.sample(b.toSample(d.device.code(), signal));
            b = null;
        }
        if (b == null) {
            b = new LiveDevice.SampleBucket(minute);
            d.buckets.put(signal, b);
        }
        b.add(v);
    }

    /** Hands buckets of past minutes (or all, when closing) to the writer. */
    private void closeBuckets(boolean all) {
        Instant minute = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        for (LiveDevice d : devices.values()) {
            d.buckets.entrySet().removeIf(e -> {
                if (all || e.getValue().minute.isBefore(minute)) {
                    pending.sample(e.getValue().toSample(d.device.code(), e.getKey()));
                    return true;
                }
                return false;
            });
        }
    }

    /** The current state of every device, for the status endpoint. */
    Map<String, Object[]> states() {
        Map<String, Object[]> result = new LinkedHashMap<>();
        latest.values().stream().filter(c -> c.type().equals("state"))
                .forEach(c -> result.put((String) c.data().get("device"),
                        new Object[] {c.data().get("state"), c.data().get("since"), c.data().get("deviceState")}));
        return result;
    }
}
