package org.zhizao.mes.quality.domain;

import java.util.List;

/**
 * First pass yield, scrap ratio and defect rate of a set of operations (ISO 22400-2: first pass yield is
 * good parts without rework over inspected parts; scrap ratio is scrap over produced quantity).
 *
 * @param produced   good plus scrap units
 * @param firstPassYield produced units neither scrapped nor found defective, over produced; NaN if none produced
 */
public record QualityRates(long produced, long scrap, long defects, double firstPassYield, double scrapRatio,
                           double defectRate) {

    /** One operation's good and scrap units and the units recorded with a defect on it. */
    public record OperationCounts(int good, int scrap, long defectiveUnits) {
    }

    /**
     * A unit fails the first pass when it was scrapped or found defective. A scrapped unit usually also
     * has its defect recorded, so per operation the larger of the two counts as failed, never their sum.
     */
    public static QualityRates of(List<OperationCounts> operations) {
        long produced = 0;
        long scrap = 0;
        long defects = 0;
        long failed = 0;
        for (OperationCounts o : operations) {
            long made = o.good() + o.scrap();
            produced += made;
            scrap += o.scrap();
            defects += o.defectiveUnits();
            failed += Math.min(made, Math.max(o.scrap(), o.defectiveUnits()));
        }
        if (produced == 0) {
            return new QualityRates(0, scrap, defects, Double.NaN, Double.NaN, Double.NaN);
        }
        return new QualityRates(produced, scrap, defects, (double) (produced - failed) / produced,
                (double) scrap / produced, (double) defects / produced);
    }
}
