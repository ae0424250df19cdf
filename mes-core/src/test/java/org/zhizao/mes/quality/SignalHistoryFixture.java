package org.zhizao.mes.quality;

import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Machine signal history as the equipment module stores it (one row per device, signal and minute), written
 * directly: the tests run without machine connections, and equipment has no write path besides ingestion.
 */
final class SignalHistoryFixture {

    private final JdbcTemplate jdbc;

    SignalHistoryFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void minute(String device, String signal, Instant minute, int samples, double min, double max, double avg,
            double last) {
        jdbc.update("INSERT INTO signal_sample (equipment_code, signal_name, bucket_start, samples, value_min,"
                + " value_max, value_avg, value_last) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", device, signal,
                minute.atOffset(ZoneOffset.UTC), samples, min, max, avg, last);
    }
}
