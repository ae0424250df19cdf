package org.zhizao.mes.quality.domain;

import java.util.List;
import org.zhizao.mes.shared.domain.Decision;

/** A characteristic an operation must inspect before it completes, and how many results it has. */
public record RequiredInspection(String characteristic, SamplingRule sampling, long recorded) {

    /**
     * Completing is allowed when every required characteristic has the results its sampling rule asks
     * for the units made; else rejected naming the first one missing.
     */
    public static Decision allRecorded(String operationCode, int unitsMade, List<RequiredInspection> inspections) {
        for (RequiredInspection inspection : inspections) {
            int needed = inspection.sampling().requiredResults(unitsMade);
            if (inspection.recorded() < needed) {
                return Decision.rejected("operation " + operationCode + " cannot complete: inspection of "
                        + inspection.characteristic() + " (" + inspection.sampling().describe() + ") needs "
                        + needed + " result" + (needed == 1 ? "" : "s") + ", " + inspection.recorded()
                        + " recorded");
            }
        }
        return Decision.allowed();
    }
}
