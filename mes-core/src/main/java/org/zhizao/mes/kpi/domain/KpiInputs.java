package org.zhizao.mes.kpi.domain;

import java.time.Duration;

/**
 * The ISO 22400-2 elements of one work unit (or the sum of several) over a time window.
 *
 * @param plannedBusyTime     PBT: planned operating time in the window (shifts minus breaks and planned
 *                            maintenance, or the whole window)
 * @param productionTime      APT: time Running, within PBT
 * @param setupTime           ASUT: time in Setup, within PBT
 * @param delayTime           ADET: time Unplanned down, within PBT
 * @param failures            FE: unplanned-down intervals that started in the window
 * @param produced            PQ: parts produced, good and scrap
 * @param scrap               SQ: scrap parts
 * @param rework              RQ: parts reworked (0 where not recorded)
 * @param plannedRunTime      PRI × PQ: the time the produced parts take at the ideal cycle time
 * @param energyKwh           energy drawn in the window
 * @param numericallyControlledProduced parts of PQ made on CNC machine tools and robots
 */
public record KpiInputs(Duration plannedBusyTime, Duration productionTime, Duration setupTime, Duration delayTime,
                        long failures, long produced, long scrap, long rework, Duration plannedRunTime,
                        double energyKwh, long numericallyControlledProduced) {

    public static final KpiInputs NONE = new KpiInputs(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, 0,
            0, 0, 0, Duration.ZERO, 0, 0);

    public KpiInputs {
        if (scrap > produced || rework > produced - scrap) {
            throw new IllegalArgumentException("scrap and rework cannot exceed the parts produced");
        }
    }

    /** GQ: good parts. */
    public long good() {
        return produced - scrap;
    }

    /** The sum of two work units' elements: how lines, workshops, factories and the park roll up. */
    public KpiInputs plus(KpiInputs o) {
        return new KpiInputs(plannedBusyTime.plus(o.plannedBusyTime), productionTime.plus(o.productionTime),
                setupTime.plus(o.setupTime), delayTime.plus(o.delayTime), failures + o.failures,
                produced + o.produced, scrap + o.scrap, rework + o.rework, plannedRunTime.plus(o.plannedRunTime),
                energyKwh + o.energyKwh, numericallyControlledProduced + o.numericallyControlledProduced);
    }
}
