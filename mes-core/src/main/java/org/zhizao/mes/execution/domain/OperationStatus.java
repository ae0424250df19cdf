package org.zhizao.mes.execution.domain;

/** Where an operation stands. */
public enum OperationStatus {
    PLANNED("planned"),
    DISPATCHED("dispatched"),
    STARTED("started"),
    PAUSED("paused"),
    COMPLETED("completed"),
    ABORTED("aborted");

    private final String label;

    OperationStatus(String label) {
        this.label = label;
    }

    /** The state as a user reads it in a message. */
    public String label() {
        return label;
    }

    public boolean isFinished() {
        return this == COMPLETED || this == ABORTED;
    }
}
