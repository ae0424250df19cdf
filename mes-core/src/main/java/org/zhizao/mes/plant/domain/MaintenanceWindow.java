package org.zhizao.mes.plant.domain;

import java.time.Instant;

/** Planned maintenance of a station: the station is not available from start to end. */
public record MaintenanceWindow(Instant start, Instant end, String reason) {

    public TimeInterval interval() {
        return new TimeInterval(start, end);
    }
}
