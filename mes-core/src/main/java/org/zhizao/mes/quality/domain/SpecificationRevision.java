package org.zhizao.mes.quality.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Editing a variable characteristic's specification: the limits and nominal given replace the current
 * ones, the others stay; the result must be a consistent specification, and the unit stays (results
 * already recorded are in it).
 */
public final class SpecificationRevision {

    private SpecificationRevision() {
    }

    /** The current specification with the given values replacing its own (null keeps a value). */
    public static Specification merged(Specification current, Double nominal, Double lsl, Double usl) {
        return new Specification(nominal == null ? current.nominal() : nominal, lsl == null ? current.lsl() : lsl,
                usl == null ? current.usl() : usl, current.unit());
    }

    /** A unit other than the current one is refused. */
    public static List<String> unitProblems(String characteristic, Specification current, String unit) {
        return unit == null || unit.equals(current.unit()) ? List.of()
                : List.of("characteristic " + characteristic + ": unit cannot change from " + current.unit()
                        + " to " + unit + " (results are recorded in " + current.unit()
                        + "); retire it and add a new characteristic");
    }

    /** Everything wrong with the revised specification, empty when it may be stored. */
    public static List<String> problems(String characteristic, Specification current, Double nominal, Double lsl,
            Double usl, String unit) {
        List<String> problems = new ArrayList<>(unitProblems(characteristic, current, unit));
        Specification revised = merged(current, nominal, lsl, usl);
        problems.addAll(Specification.problems(characteristic, revised.nominal(), revised.lsl(), revised.usl(),
                revised.unit()));
        return problems;
    }
}
