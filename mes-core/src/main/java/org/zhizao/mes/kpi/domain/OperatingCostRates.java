package org.zhizao.mes.kpi.domain;

/**
 * What running the plant costs, in the plant's currency: per hour of planned busy time of a station (labour,
 * depreciation, overhead), per kWh drawn, and per scrapped part (material and work lost). They turn a
 * period's KPI elements into an operating cost per good part, the measure of the plan's −30 % cost target.
 */
public record OperatingCostRates(double perPlannedHour, double perKwh, double perScrapPart) {

    /** No rates configured: the cost target stays undecided. */
    public static final OperatingCostRates NONE = new OperatingCostRates(0, 0, 0);

    public OperatingCostRates {
        check("per planned hour", perPlannedHour);
        check("per kWh", perKwh);
        check("per scrap part", perScrapPart);
    }

    private static void check(String rate, double value) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException("the operating cost " + rate + " must be a number of 0 or more, not "
                    + value);
        }
    }

    public boolean configured() {
        return perPlannedHour > 0 || perKwh > 0 || perScrapPart > 0;
    }

    /** Operating cost per good part over the period; null without rates or without good parts. */
    public Double perGoodUnit(KpiInputs in) {
        if (!configured() || in.good() == 0) {
            return null;
        }
        double hours = in.plannedBusyTime().toMillis() / 3_600_000.0;
        return (hours * perPlannedHour + in.energyKwh() * perKwh + in.scrap() * perScrapPart) / in.good();
    }
}
