package org.zhizao.mes.equipment.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhizao.mes.equipment.AvailabilityState;

/**
 * What ingestion has seen and the history writer has not yet stored. Ingestion adds under the lock; the
 * writer takes everything at once and, if storing fails, gives it back to be tried again, so a failed
 * write loses nothing and a stored one is never stored twice.
 */
final class PendingWrites {

    record StateChange(String device, String station, AvailabilityState state, String deviceState, Instant at) {
    }

    /** Counter deltas of one device since the last write, with the counter readings they came from. */
    static final class Counts {
        final String device;
        final String station;
        long produced;
        long scrap;
        String job;
        Instant last;
        final Map<String, long[]> readings = new LinkedHashMap<>(); // signal -> {value, bits}

        Counts(String device, String station) {
            this.device = device;
            this.station = station;
        }

        void merge(Counts older) {
            produced += older.produced;
            scrap += older.scrap;
            older.readings.forEach(readings::putIfAbsent);
            if (job == null) {
                job = older.job;
            }
        }
    }

    record AlarmChange(String device, String station, boolean raised, ActiveAlarm alarm, Instant at) {
    }

    /** The alarm being raised: code and message may arrive just after the active flag. */
    static final class ActiveAlarm {
        volatile String code = "";
        volatile String message = "";
        volatile int severity;
    }

    record EnergyKey(String device, String station, Instant minute) {
    }

    record Sample(String device, String signal, Instant minute, int samples, double min, double max, double avg,
                  double last) {
    }

    static final class Batch {
        final List<StateChange> states = new ArrayList<>();
        final Map<String, Counts> counts = new LinkedHashMap<>();
        final List<AlarmChange> alarms = new ArrayList<>();
        final Map<EnergyKey, Double> energy = new LinkedHashMap<>();
        final List<Sample> samples = new ArrayList<>();

        boolean isEmpty() {
            return states.isEmpty() && counts.isEmpty() && alarms.isEmpty() && energy.isEmpty() && samples.isEmpty();
        }
    }

    private Batch current = new Batch();

    synchronized void state(StateChange change) {
        current.states.add(change);
    }

    synchronized void count(String device, String station, String job, String signal, long value, int bits,
            long producedDelta, long scrapDelta, Instant at) {
        Counts c = current.counts.computeIfAbsent(device, d -> new Counts(d, station));
        c.produced += producedDelta;
        c.scrap += scrapDelta;
        c.readings.put(signal, new long[] {value, bits});
        c.job = job;
        c.last = at;
    }

    synchronized void alarm(AlarmChange change) {
        current.alarms.add(change);
    }

    synchronized void energy(String device, String station, Instant minute, double kwh) {
        current.energy.merge(new EnergyKey(device, station, minute), kwh, Double::sum);
    }

    synchronized void sample(Sample sample) {
        current.samples.add(sample);
    }

    synchronized Batch take() {
        Batch taken = current;
        current = new Batch();
        return taken;
    }

    /** Puts a batch that could not be stored back in front of what came since. */
    synchronized void giveBack(Batch failed) {
        Batch newer = current;
        current = failed;
        current.states.addAll(newer.states);
        newer.counts.forEach((device, c) -> {
            Counts older = current.counts.remove(device);
            if (older != null) {
                c.merge(older);
            }
            current.counts.put(device, c);
        });
        current.alarms.addAll(newer.alarms);
        newer.energy.forEach((k, v) -> current.energy.merge(k, v, Double::sum));
        current.samples.addAll(newer.samples);
    }
}
