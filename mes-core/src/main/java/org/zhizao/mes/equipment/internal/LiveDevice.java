package org.zhizao.mes.equipment.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.zhizao.mes.equipment.AvailabilityState;
import org.zhizao.mes.equipment.domain.DeviceReadings;

/** What ingestion knows of one device now. Owned by the ingestion thread; never shared. */
final class LiveDevice {

    final DeviceDirectory.Device device;
    DeviceReadings readings = DeviceReadings.NONE;
    AvailabilityState state;
    Instant stateSince;
    String deviceState;
    boolean connected;
    boolean offlineByQuality;
    String job;
    long produced;
    long scrap;
    Double lastEnergy;
    boolean alarmActive;
    PendingWrites.ActiveAlarm alarm;
    String alarmCode = "";
    String alarmMessage = "";
    int alarmSeverity;
    final Map<String, Object> agv = new HashMap<>();
    final Map<String, SampleBucket> buckets = new HashMap<>();

    LiveDevice(DeviceDirectory.Device device) {
        this.device = device;
    }

    /** One minute of a numeric signal. */
    static final class SampleBucket {
        final Instant minute;
        int samples;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum;
        double last;

        SampleBucket(Instant minute) {
            this.minute = minute;
        }

        void add(double v) {
            samples++;
            min = Math.min(min, v);
            max = Math.max(max, v);
            sum += v;
            last = v;
        }

        PendingWrites.Sample toSample(String device, String signal) {
            return new PendingWrites.Sample(device, signal, minute, samples, min, max, sum / samples, last);
        }
    }
}
