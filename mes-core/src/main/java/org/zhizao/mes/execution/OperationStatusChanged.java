package org.zhizao.mes.execution;

/**
 * An operation changed state, e.g. from {@code DISPATCHED} to {@code STARTED}; {@code from} is null when
 * it was planned. Published inside the changing transaction; listen after commit for side effects.
 */
public record OperationStatusChanged(long operationId, String operationCode, long orderId, String stationCode,
                                     String from, String to) {
}
