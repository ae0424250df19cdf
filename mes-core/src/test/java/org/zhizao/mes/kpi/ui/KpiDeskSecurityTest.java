package org.zhizao.mes.kpi.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.zhizao.mes.support.ViewTest;

/** The dashboard's facade checks the role itself, so nothing is read around the screen's guard. */
class KpiDeskSecurityTest extends ViewTest {


    @Autowired
    KpiDesk desk;

    @Test
    void aUserWithoutAnMesRoleIsRefusedEvenWithTheScreenBypassed() {
        signIn("visitor", "VISITOR");
        assertThatThrownBy(() -> desk.overview(null, DashboardPeriod.TODAY)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.stationStates(java.util.List.of("P1/F1/W1/L1/S01")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aManagerReadsTheParkRolledUpFromEveryStation() {
        signIn("manager", "MANAGER");
        KpiDesk.Overview park = desk.overview(null, DashboardPeriod.SHIFT);
        assertThat(park.element().code()).isEqualTo("P1");
        assertThat(park.element().stations()).hasSize(40);
        assertThat(park.children()).extracting(r -> r.element().code()).containsExactly("P1/F1", "P1/F2");
        assertThat(park.targets()).hasSize(5);
    }
}
