package org.zhizao.mes.equipment;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The stored history of the devices, for the KPIs and the UI's trends. */
public interface EquipmentHistory {

    /**
     * A device's availability state over [start, end); {@code end} is null while it lasts.
     *
     * @param reasonCode the downtime reason an operator gave, or null
     */
    record StateInterval(long id, String equipmentCode, String stationCode, AvailabilityState state,
                         String deviceState, Instant start, Instant end, String reasonCode, String classifiedBy,
                         String note) {

        /** The part of this interval inside [from, to), with an open interval lasting until {@code now}. */
        public Duration within(Instant from, Instant to, Instant now) {
            Instant s = start.isBefore(from) ? from : start;
            Instant e = end == null ? now : end;
            e = e.isAfter(to) ? to : e;
            return e.isAfter(s) ? Duration.between(s, e) : Duration.ZERO;
        }
    }

    /** Parts a station's counting device made in a window: produced (good and scrap) and scrap. */
    record StationCounts(String stationCode, long produced, long scrap) {

        public long good() {
            return produced - scrap;
        }
    }

    /**
     * The device that stands for a station (its availability and counts): its CNC machine tool, else its
     * PLC-controlled station, else its robot; empty for a station without one.
     */
    java.util.Optional<BoundEquipment> primaryDevice(String stationCode);

    /** A device of the plant with a binding, as the equipment module knows it. */
    record BoundEquipment(String code, String type, String template, String stationCode, String workshopCode) {
    }

    List<BoundEquipment> devices();

    /** Intervals of the devices that overlap [from, to), oldest first. */
    List<StateInterval> intervals(Collection<String> equipmentCodes, Instant from, Instant to);

    StationCounts counts(String stationCode, Instant from, Instant to);

    /** kWh the station drew in [from, to), by minute buckets that start in the window. */
    double energyKwh(String stationCode, Instant from, Instant to);

    /**
     * One stored minute of a numeric signal of a device: how many samples, their min, max, mean and last.
     *
     * @param unit the signal's engineering unit from the device's template, or null
     */
    record SignalMinute(String equipmentCode, String signal, String unit, Instant minute, int samples, double min,
                        double max, double avg, double last) {
    }

    /**
     * The numeric signals of every device of the station in the minute buckets starting in [from, to), by device,
     * signal and minute (empty for a station without devices).
     */
    List<SignalMinute> signalMinutes(String stationCode, Instant from, Instant to);
}
