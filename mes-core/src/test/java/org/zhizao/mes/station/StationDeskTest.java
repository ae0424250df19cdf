package org.zhizao.mes.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.zhizao.mes.equipment.AvailabilityState;
import org.zhizao.mes.execution.OperationView;
import org.zhizao.mes.support.ViewTest;

/** The terminal's facade checks the role itself, so a screen left aside changes nothing either. */
class StationDeskTest extends ViewTest {

    private static final String STATION = "P1/F1/W1/L1/S02";

    @Test
    void aManagerReadsAStationButCannotWorkThere() {
        StationFixture fixture = new StationFixture(context);
        OperationView op = fixture.dispatched(StationFixture.SHAFT, "MILLING", STATION);
        long alarm = fixture.alarm(STATION, "DOOR-OPEN", "Door open");
        long interval = fixture.downtime(STATION, AvailabilityState.IDLE);
        StationDesk desk = context.getBean(StationDesk.class);
        signIn("manager", "MANAGER");

        assertThat(desk.board(STATION, op.id()).current().code()).isEqualTo(op.code());
        assertThatThrownBy(() -> desk.start(op.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.acknowledgeNext(op.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.reportScrap(op.id(), 1, "DIM", null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.complete(op.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.acknowledgeAlarm(alarm)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.classifyDowntime(interval, "NO-ORDER", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.operation(op.id()).status()).isEqualTo("DISPATCHED");
    }

    @Test
    void scrapWithoutADefectOfTheCatalogueIsRefusedAndCountsNothing() {
        StationFixture fixture = new StationFixture(context);
        OperationView op = fixture.dispatched(StationFixture.SHAFT, "MILLING", STATION);
        StationDesk desk = context.getBean(StationDesk.class);
        signIn("operator", "OPERATOR");
        desk.start(op.id());

        assertThatThrownBy(() -> desk.reportScrap(op.id(), 3, "NO.SUCH", null))
                .hasMessage("defect code 'NO.SUCH' is not in the catalogue");
        assertThat(fixture.operation(op.id()).scrapQuantity()).isZero();
    }
}
