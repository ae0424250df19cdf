package org.zhizao.twin.scene;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The latest live values per device, station, AGV and element, built by applying stream events in order. */
public final class LiveState {

    /** A device's state and the station it belongs to. */
    public record DeviceState(String device, String station, boolean primary, Availability state) {
    }

    /** An active alarm of a device. */
    public record Alarm(String device, String station, String code, String message, int severity) {
    }

    /** Parts counted at a station since the server started. */
    public record Count(long produced, long good, long scrap, String job) {
    }

    private final Map<String, DeviceState> devices = new LinkedHashMap<>();
    /** Devices by station, so a frame with a thousand stations does not scan every device per station. */
    private final Map<String, Map<String, DeviceState>> byStation = new HashMap<>();
    private final Map<String, Alarm> alarms = new LinkedHashMap<>();
    private final Map<String, Count> counts = new HashMap<>();
    private final Map<String, Map<String, Object>> kpis = new HashMap<>();
    private final Map<String, AgvTrack> agvs = new LinkedHashMap<>();
    private final Map<String, String> agvWorkshops = new HashMap<>();
    private final Map<String, Map<String, Object>> agvData = new HashMap<>();
    /** Late operations by station (operation code → order number), from mes-core's late-operations list. */
    private Map<String, Map<String, String>> lateWork = Map.of();
    private long version;

    /**
     * Counts the changes to anything but AGV positions: what is drawn for states, alarms, counts, KPIs and late
     * work is the same while it stays, so a frame can reuse it and only move the AGVs.
     */
    public long version() {
        return version;
    }

    public void apply(LiveEvent e) {
        if (!e.type().equals("agv")) {
            version++;
        }
        switch (e.type()) {
            case "state" -> {
                DeviceState d = new DeviceState(e.text("device"), e.text("station"),
                        Boolean.TRUE.equals(e.data().get("primary")), Availability.parse(e.text("state")));
                devices.put(d.device(), d);
                if (d.station() != null) {
                    byStation.computeIfAbsent(d.station(), k -> new LinkedHashMap<>()).put(d.device(), d);
                }
            }
            case "alarm" -> {
                if (Boolean.TRUE.equals(e.data().get("active"))) {
                    alarms.put(e.text("device"), new Alarm(e.text("device"), e.text("station"), e.text("code"),
                            e.text("message"), (int) e.number("severity", 0)));
                } else {
                    alarms.remove(e.text("device"));
                }
            }
            case "count" -> counts.put(e.text("station"), new Count((long) e.number("produced", 0),
                    (long) e.number("good", 0), (long) e.number("scrap", 0), e.text("job")));
            case "kpi" -> kpis.put(e.text("code") != null ? e.text("code") : e.key().substring(4), e.data());
            case "agv" -> agv(e);
            default -> {
                // signals and future types are not drawn
            }
        }
    }

    private void agv(LiveEvent e) {
        String device = e.text("device");
        agvWorkshops.put(device, e.text("workshop"));
        agvData.put(device, e.data());
        if (e.data().get("positionX") instanceof Number && e.data().get("positionY") instanceof Number) {
            agvs.computeIfAbsent(device, k -> new AgvTrack()).report(e.number("positionX", 0),
                    e.number("positionY", 0), e.number("heading", 0), e.time());
        }
    }

    /**
     * A station's state: its primary device's, or the worst of its devices when none is primary; OFFLINE when
     * nothing is known.
     */
    public Availability stationState(String station) {
        Availability worst = null;
        for (DeviceState d : byStation.getOrDefault(station, Map.of()).values()) {
            if (d.primary()) {
                return d.state();
            }
            worst = worst == null || d.state().ordinal() > worst.ordinal() ? d.state() : worst;
        }
        return worst == null ? Availability.OFFLINE : worst;
    }

    public DeviceState device(String code) {
        return devices.get(code);
    }

    public Map<String, DeviceState> devices() {
        return devices;
    }

    /** The first active alarm at a station, or null. */
    public Alarm stationAlarm(String station) {
        if (alarms.isEmpty()) {
            return null;
        }
        return alarms.values().stream().filter(a -> station.equals(a.station()) || station.equals(a.device()))
                .findFirst().orElse(null);
    }

    public Map<String, Alarm> alarms() {
        return alarms;
    }

    public Count count(String station) {
        return counts.get(station);
    }

    /** The latest KPI headline of an element (oee, availability, energyPerGoodUnitKwh, …), or an empty map. */
    public Map<String, Object> kpi(String code) {
        return kpis.getOrDefault(code, Map.of());
    }

    public Map<String, AgvTrack> agvs() {
        return agvs;
    }

    public String agvWorkshop(String device) {
        return agvWorkshops.get(device);
    }

    /** Replaces the late work: per station code, its late operations (operation code → order number). */
    public void lateWork(Map<String, Map<String, String>> byStation) {
        lateWork = Map.copyOf(byStation);
        version++;
    }

    /** The late operations at a station (operation code → order number), empty when none. */
    public Map<String, String> lateAt(String station) {
        return lateWork.getOrDefault(station, Map.of());
    }

    /** Whether a station at or under this element has late work. */
    public boolean lateUnder(String code) {
        if (lateWork.containsKey(code)) {
            return true;
        }
        String prefix = code + "/";
        for (String station : lateWork.keySet()) {
            if (station.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    public Map<String, Object> agvData(String device) {
        return agvData.getOrDefault(device, Map.of());
    }
}
