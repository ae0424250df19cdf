package org.zhizao.scheduler.model;

/** One station that may run an operation, and how many ticks the operation takes there. */
public record StationOption(Station station, long duration) {

    /** Energy the operation uses on this station. */
    public long energy() {
        return duration * station.getPowerDraw();
    }
}
