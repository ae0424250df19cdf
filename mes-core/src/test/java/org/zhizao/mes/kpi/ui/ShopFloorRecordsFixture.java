package org.zhizao.mes.kpi.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes what the live shop floor would have recorded for a station (machine counts, energy, a classified
 * breakdown) straight into its tables, for tests that run without machines. Each test uses a station
 * of its own so their figures never mix.
 */
final class ShopFloorRecordsFixture {

    private final JdbcTemplate jdbc;

    ShopFloorRecordsFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Parts counted by the station's primary device {@code ago} before now. */
    ShopFloorRecordsFixture counted(String device, int good, int scrap, Duration ago) {
        jdbc.update("INSERT INTO equipment_count (equipment_code, station_code, operation_code, good, scrap, counted_at)"
                + " VALUES (?, ?, NULL, ?, ?, ?)", device, station(device), good, scrap, at(ago));
        return this;
    }

    /** Energy the station's meter counted in the minute starting {@code ago} before now. */
    ShopFloorRecordsFixture drew(String meter, double kwh, Duration ago) {
        jdbc.update("INSERT INTO equipment_energy (equipment_code, station_code, bucket_start, kwh) VALUES (?, ?, ?, ?)",
                meter, station(meter), at(ago), kwh);
        return this;
    }

    /** A closed state interval of a device, classified with a downtime reason (or null). */
    ShopFloorRecordsFixture was(String device, String state, String reason, Duration ago, Duration length) {
        jdbc.update("INSERT INTO equipment_state_interval (equipment_code, station_code, state, device_state, started_at,"
                + " ended_at, reason_code, classified_by) VALUES (?, ?, ?, NULL, ?, ?, ?, ?)", device, station(device),
                state, at(ago), at(ago.minus(length)), reason, reason == null ? null : "operator");
        return this;
    }

    private static String station(String device) {
        return device.substring(0, device.lastIndexOf('/'));
    }

    private static OffsetDateTime at(Duration ago) {
        return Instant.now().minus(ago).atOffset(ZoneOffset.UTC);
    }
}
