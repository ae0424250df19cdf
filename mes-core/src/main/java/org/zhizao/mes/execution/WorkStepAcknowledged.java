package org.zhizao.mes.execution;

/** An operator acknowledged a work step; {@code qualityCheck} tells whether a quality check is attached. */
public record WorkStepAcknowledged(long operationId, String operationCode, long orderId, int seq,
                                   boolean qualityCheck, String acknowledgedBy) {
}
