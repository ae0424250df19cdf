package org.zhizao.mes.kpi.domain;

import java.time.Duration;

/**
 * The ISO 22400-2 key performance indicators computed from {@link KpiInputs}. A ratio whose denominator is
 * zero is undefined (null), never 0 or 1: a window without planned time has no availability, a window
 * without output no quality ratio. The one exception is OEE, which is 0 when there was planned time but
 * no part was made. See docs/kpis.md.
 *
 * @param availability          APT / PBT
 * @param effectiveness         (PRI × PQ) / APT
 * @param qualityRatio          GQ / PQ
 * @param oee                   availability × effectiveness × quality ratio, computed as
 *                              (PRI × PQ / PBT) × quality ratio so that it is defined whenever PBT and PQ are
 * @param scrapRatio            SQ / PQ
 * @param firstPassYield        (PQ − SQ − RQ) / PQ
 * @param throughputPerHour     PQ / (APT + ASUT + ADET), parts per hour of order execution
 * @param setupRatio            ASUT / (APT + ASUT)
 * @param mtbf                  APT / (FE + 1)
 * @param mttr                  ADET / FE
 * @param energyPerGoodUnitKwh  kWh / GQ
 */
public record Kpis(Double availability, Double effectiveness, Double qualityRatio, Double oee, Double scrapRatio,
                   Double firstPassYield, Double throughputPerHour, Double setupRatio, Duration mtbf, Duration mttr,
                   Double energyPerGoodUnitKwh) {

    public static Kpis of(KpiInputs in) {
        double pbt = seconds(in.plannedBusyTime());
        double apt = seconds(in.productionTime());
        double asut = seconds(in.setupTime());
        double adet = seconds(in.delayTime());
        double prt = seconds(in.plannedRunTime());
        long pq = in.produced();
        Double availability = ratio(apt, pbt);
        Double effectiveness = ratio(prt, apt);
        Double quality = ratio(in.good(), pq);
        // A × E × QR = (APT/PBT)(PRT/APT)(GQ/PQ) = (PRT/PBT)(GQ/PQ): the same value, and defined even when
        // parts were counted in a window without Running time (a count arriving just after a state change)
        Double oee = pbt <= 0 ? null
                : pq == 0 ? Double.valueOf(0)
                : (prt / pbt) * quality;
        return new Kpis(availability, effectiveness, quality, oee, ratio(in.scrap(), pq),
                ratio(pq - in.scrap() - in.rework(), pq), ratio(pq * 3600.0, apt + asut + adet),
                ratio(asut, apt + asut), in.productionTime().dividedBy(in.failures() + 1),
                in.failures() == 0 ? null : in.delayTime().dividedBy(in.failures()),
                ratio(in.energyKwh(), in.good()));
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }

    private static Double ratio(double numerator, double denominator) {
        return denominator <= 0 ? null : numerator / denominator;
    }
}
