package org.zhizao.mes.execution;

import java.time.Instant;
import java.util.List;

/**
 * An operation as the API and other modules see it, with its eligible stations and work steps.
 *
 * @param code readable code, {@code <order number>-<seq>}, e.g. {@code PO-2026-000123-20}
 */
public record OperationView(long id, String code, long orderId, String orderNumber, int seq, String operationType,
                            String description, int plannedQuantity, String status, String stationCode,
                            int goodQuantity, int scrapQuantity, Instant dispatchedAt, Instant startedAt,
                            Instant finishedAt, List<Station> eligibleStations, List<Step> steps) {

    /** An eligible station with its times in minutes. */
    public record Station(String stationCode, double setupMinutes, double minutesPerUnit) {
    }

    /** A work step and, once acknowledged, by whom and when. */
    public record Step(int seq, String instruction, boolean required, boolean qualityCheck, String acknowledgedBy,
                       Instant acknowledgedAt, String note) {
    }

    static OperationView of(Operation o) {
        return new OperationView(o.getId(), o.getCode(), o.getOrderId(), o.getOrderNumber(), o.getSeq(),
                o.getOperationType(), o.getDescription(), o.getPlannedQuantity(), o.getStatus().name(),
                o.getStationCode(), o.getGoodQuantity(), o.getScrapQuantity(), o.getDispatchedAt(),
                o.getStartedAt(), o.getFinishedAt(),
                o.getEligibleStations().stream()
                        .map(s -> new Station(s.stationCode(), s.setupMinutes(), s.minutesPerUnit())).toList(),
                o.getSteps().stream().map(s -> new Step(s.getSeq(), s.getInstruction(), s.isRequired(),
                        s.isQualityCheck(), s.getAcknowledgedBy(), s.getAcknowledgedAt(), s.getNote())).toList());
    }
}
