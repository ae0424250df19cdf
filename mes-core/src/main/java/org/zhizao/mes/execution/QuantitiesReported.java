package org.zhizao.mes.execution;

/** Good and scrap parts were added to an operation, by an operator or from a machine's counter. */
public record QuantitiesReported(long operationId, String operationCode, long orderId, String stationCode,
                                 int good, int scrap) {
}
