package org.zhizao.mes.execution.domain;

/** A work step of an operation as the rules see it; {@code seq} counts from 1. */
public record StepState(int seq, String instruction, boolean required, boolean acknowledged) {

    /** How a message names the step, e.g. {@code step 3 'verify first piece'}. */
    public String describe() {
        return "step " + seq + " '" + instruction + "'";
    }
}
