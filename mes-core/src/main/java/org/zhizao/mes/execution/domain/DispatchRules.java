package org.zhizao.mes.execution.domain;

import java.util.Collection;
import java.util.Set;
import org.zhizao.mes.shared.domain.Decision;

/** Where an operation may be dispatched. */
public final class DispatchRules {

    private DispatchRules() {
    }

    /** The station must be one the routing names as eligible (it has the times, fixtures and programs). */
    public static Decision stationIsEligible(String operationCode, String stationCode,
            Collection<String> eligibleStations) {
        return eligibleStations.contains(stationCode) ? Decision.allowed()
                : Decision.rejected("operation " + operationCode + " cannot be dispatched to " + stationCode
                + ": not an eligible station (eligible: " + String.join(", ", eligibleStations.stream().sorted()
                .toList()) + ")");
    }

    /** The station must still be able to perform the operation type, even if the plant changed since. */
    public static Decision stationCanPerform(String operationCode, String operationType, String stationCode,
            Set<String> stationOperations) {
        return stationOperations.contains(operationType) ? Decision.allowed()
                : Decision.rejected("operation " + operationCode + " cannot be dispatched to " + stationCode
                + ": the station cannot perform " + operationType);
    }
}
