package org.zhizao.mes.order.domain;

/** Where a production order stands. */
public enum OrderStatus {
    CREATED("created"),
    RELEASED("released"),
    IN_PROGRESS("in progress"),
    ON_HOLD("on hold"),
    COMPLETED("completed"),
    CANCELLED("cancelled");

    private final String label;

    OrderStatus(String label) {
        this.label = label;
    }

    /** The state as a user reads it in a message. */
    public String label() {
        return label;
    }

    /** Whether work may be dispatched, started or resumed on the order's operations. */
    public boolean acceptsWork() {
        return this == RELEASED || this == IN_PROGRESS;
    }
}
