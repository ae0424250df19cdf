package org.zhizao.twin.scene;

/** What colours the elements above the station tier. */
public enum Overlay {
    /** States and alarms only; buildings neutral. */
    NONE,
    /** OEE from red (0) to green (target 0.85 and above). */
    OEE,
    /** Energy per good unit, green (low) to red (high) against the highest shown. */
    ENERGY,
    /**
     * Late work: buildings and line slabs holding a station with operations of late orders in red, and a
     * marker over each such station (from mes-core's late operations by the latest plans).
     */
    LATE_ORDERS
}
