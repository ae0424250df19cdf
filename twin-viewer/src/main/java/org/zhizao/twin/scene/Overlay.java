package org.zhizao.twin.scene;

/** What colours the elements above the station tier. */
public enum Overlay {
    /** States and alarms only; buildings neutral. */
    NONE,
    /** OEE from red (0) to green (target 0.85 and above). */
    OEE,
    /** Energy per good unit, green (low) to red (high) against the highest shown. */
    ENERGY,
    /** Elements with late orders (KPI field {@code lateOrders} above zero) in red. */
    LATE_ORDERS
}
