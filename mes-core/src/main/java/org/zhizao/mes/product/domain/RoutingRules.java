package org.zhizao.mes.product.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.zhizao.mes.shared.domain.Decision;

/**
 * Rules a routing must satisfy before it is stored. Each names the operation it is about, so a planner
 * sees which line of the routing to fix.
 */
public final class RoutingRules {

    private RoutingRules() {
    }

    /**
     * A station is eligible for an operation only if it exists and can perform the operation type.
     *
     * @param stationOperations the operation types the station performs, empty if the station is unknown
     */
    public static Decision stationCanPerform(String where, String stationCode, String operationType,
            Optional<Set<String>> stationOperations) {
        if (stationOperations.isEmpty()) {
            return Decision.rejected(where + ": station '" + stationCode + "' does not exist");
        }
        if (!stationOperations.get().contains(operationType)) {
            return Decision.rejected(where + ": station '" + stationCode + "' cannot perform " + operationType
                    + " (it performs " + String.join(", ", stationOperations.get().stream().sorted().toList()) + ")");
        }
        return Decision.allowed();
    }

    /** Each station is listed once per operation; otherwise its times would be ambiguous. */
    public static Decision stationsListedOnce(String where, Collection<String> stationCodes) {
        Set<String> seen = new HashSet<>();
        for (String code : stationCodes) {
            if (!seen.add(code)) {
                return Decision.rejected(where + ": station '" + code + "' is listed twice");
            }
        }
        return Decision.allowed();
    }
}
