package org.zhizao.mes.quality.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The specification of a variable characteristic: nominal value and the lower and upper specification
 * limits in a unit of measure.
 */
public record Specification(double nominal, double lsl, double usl, String unit) {

    /** What is wrong with the specification, empty when it is consistent. */
    public static List<String> problems(String characteristic, Double nominal, Double lsl, Double usl, String unit) {
        List<String> problems = new ArrayList<>();
        String prefix = "characteristic " + characteristic + ": ";
        if (nominal == null || lsl == null || usl == null) {
            problems.add(prefix + "a variable characteristic needs nominal, lsl and usl");
            return problems;
        }
        if (!PhysicalUnits.isKnown(unit)) {
            problems.add(prefix + "unit '" + unit + "' is not known; known units: " + PhysicalUnits.known());
            return problems;
        }
        if (!(lsl < usl)) {
            problems.add(prefix + "lsl " + lsl + " must be below usl " + usl);
        }
        if (nominal < lsl || nominal > usl) {
            problems.add(prefix + "nominal " + nominal + " must lie between lsl and usl");
        }
        for (double limit : new double[] {lsl, usl}) {
            if (!PhysicalUnits.possible(limit, unit).isAllowed()) {
                problems.add(prefix + "limit " + limit + " is outside the physical range of " + unit);
            }
        }
        return problems;
    }

    /** Pass when the value lies within the limits, limits included. */
    public boolean conforms(double value) {
        return value >= lsl && value <= usl;
    }
}
