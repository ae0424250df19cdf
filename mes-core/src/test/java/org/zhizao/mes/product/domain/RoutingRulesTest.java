package org.zhizao.mes.product.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhizao.mes.shared.domain.Decision;

class RoutingRulesTest {

    @Test
    void anUnknownStationIsRejected() {
        assertThat(RoutingRules.stationCanPerform("routing[0] (TURNING)", "P9/F1/W1/L1/S01", "TURNING",
                Optional.empty())).isEqualTo(Decision.rejected(
                "routing[0] (TURNING): station 'P9/F1/W1/L1/S01' does not exist"));
    }

    @Test
    void aStationThatCannotPerformTheOperationTypeIsRejected() {
        assertThat(RoutingRules.stationCanPerform("routing[1] (GRINDING)", "P1/F1/W1/L1/S02", "GRINDING",
                Optional.of(Set.of("MILLING", "DRILLING")))).isEqualTo(Decision.rejected(
                "routing[1] (GRINDING): station 'P1/F1/W1/L1/S02' cannot perform GRINDING"
                        + " (it performs DRILLING, MILLING)"));
    }

    @Test
    void aCapableStationIsEligible() {
        assertThat(RoutingRules.stationCanPerform("routing[0] (TURNING)", "P1/F1/W1/L1/S01", "TURNING",
                Optional.of(Set.of("TURNING"))).isAllowed()).isTrue();
    }

    @Test
    void aStationListedTwiceForOneOperationIsRejected() {
        assertThat(RoutingRules.stationsListedOnce("routing[0] (TURNING)",
                List.of("P1/F1/W1/L1/S01", "P1/F1/W1/L1/S01")).isAllowed()).isFalse();
    }
}
