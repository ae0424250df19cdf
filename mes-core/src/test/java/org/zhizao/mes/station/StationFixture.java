package org.zhizao.mes.station;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhizao.mes.equipment.AvailabilityState;
import org.zhizao.mes.equipment.EquipmentHistory;
import org.zhizao.mes.execution.DispatchingOperation;
import org.zhizao.mes.execution.OperationBacklog;
import org.zhizao.mes.execution.OperationView;
import org.zhizao.mes.order.PlacingOrder;
import org.zhizao.mes.order.ReleasingOrder;

/**
 * Work on a station for terminal tests: a new order of a demo product, released, with one operation dispatched
 * to the station; and alarms and downtime of the station's machine as the equipment history stores them.
 */
final class StationFixture {

    /** Demo gearbox shaft: MILLING with 'Set up keyway fixture' and 'Gauge keyway width', no inspection plan. */
    static final String SHAFT = "GBX-SHAFT-40";

    private final PlacingOrder placing;
    private final ReleasingOrder releasing;
    private final DispatchingOperation dispatching;
    private final OperationBacklog backlog;
    private final EquipmentHistory history;
    private final JdbcTemplate jdbc;

    StationFixture(ApplicationContext context) {
        this.placing = context.getBean(PlacingOrder.class);
        this.releasing = context.getBean(ReleasingOrder.class);
        this.dispatching = context.getBean(DispatchingOperation.class);
        this.backlog = context.getBean(OperationBacklog.class);
        this.history = context.getBean(EquipmentHistory.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
    }

    /** The operation of this type of a new released order of the product, dispatched to the station. */
    OperationView dispatched(String productCode, String operationType, String stationCode) {
        long orderId = placing.place(productCode, 10, LocalDate.now().plusDays(7), 3, "TERMINAL-TEST",
                "station terminal test").id();
        releasing.release(orderId, null);
        OperationView operation = backlog.unfinished().stream()
                .filter(o -> o.orderId() == orderId && o.operationType().equals(operationType)).findFirst()
                .orElseThrow();
        return dispatching.dispatch(operation.id(), stationCode, null);
    }

    OperationView operation(long id) {
        return backlog.get(id);
    }

    /** An active alarm on the station's machine, as ingestion stores one; returns its id. */
    long alarm(String stationCode, String code, String message) {
        jdbc.update("INSERT INTO equipment_alarm (equipment_code, station_code, alarm_code, message, severity,"
                + " raised_at, version) VALUES (?, ?, ?, ?, ?, ?, 0)", machine(stationCode), stationCode, code, message,
                700, at(Instant.now().minus(Duration.ofMinutes(3))));
        return jdbc.queryForObject("SELECT MAX(id) FROM equipment_alarm WHERE alarm_code = ?", Long.class, code);
    }

    /** A finished stop of the station's machine that ended a few minutes ago; returns its id. */
    long downtime(String stationCode, AvailabilityState state) {
        Instant end = Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS);
        jdbc.update("INSERT INTO equipment_state_interval (equipment_code, station_code, state, device_state,"
                + " started_at, ended_at) VALUES (?, ?, ?, ?, ?, ?)", machine(stationCode), stationCode, state.name(),
                "Stopped", at(end.minus(Duration.ofMinutes(17))), at(end));
        return jdbc.queryForObject("SELECT MAX(id) FROM equipment_state_interval WHERE station_code = ?",
                Long.class, stationCode);
    }

    String machine(String stationCode) {
        return history.primaryDevice(stationCode).map(EquipmentHistory.BoundEquipment::code)
                .orElseThrow(() -> new AssertionError("station " + stationCode + " has no bound machine"));
    }

    private static OffsetDateTime at(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }
}
