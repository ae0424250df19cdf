package org.zhizao.mes.scheduling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan version as the API shows it: per station its operations in start order, per order its lateness,
 * the cost of each constraint and the score.
 */
public record PlanView(long id, String workshopCode, int planNumber, String status, String origin,
                       Instant planningStart, Instant createdAt, String createdBy, Score score,
                       long makespanMinutes, long solveMillis, String summary, Instant dispatchedAt,
                       String dispatchedBy, List<StationPlan> stations, List<OrderLateness> orders,
                       List<ConstraintCost> costs) {

    /** Hard, medium (weighted tardiness) and soft (makespan, setup) levels; feasible when hard is 0. */
    public record Score(long hard, long medium, long soft, boolean feasible) {
    }

    public record StationPlan(String stationCode, List<PlannedOperation> operations) {
    }

    /**
     * @param pinned       it stayed where it was: started or frozen
     * @param setupMinutes the changeover before it on its station, 0 if none
     */
    public record PlannedOperation(long operationId, String operationCode, long orderId, String orderNumber,
                                   Instant start, Instant end, boolean pinned, long setupMinutes) {
    }

    public record OrderLateness(long orderId, String orderNumber, int priority, Instant due, Instant completion,
                                long latenessMinutes) {
    }

    public record ConstraintCost(String constraint, long hard, long medium, long soft, int matches) {
    }

    /** A plan version in a list. */
    public record Summary(long id, String workshopCode, int planNumber, String status, String origin,
                          Instant createdAt, Score score) {
        static Summary of(Plan p) {
            return new Summary(p.getId(), p.getWorkshopCode(), p.getPlanNumber(), p.getStatus().name(),
                    p.getOrigin(), p.getCreatedAt(), PlanView.score(p));
        }
    }

    static PlanView of(Plan p) {
        Map<String, List<PlannedOperation>> byStation = new LinkedHashMap<>();
        p.getOperations().stream()
                .sorted(java.util.Comparator.comparing(Plan.Entry::start).thenComparing(Plan.Entry::operationCode))
                .forEach(e -> byStation.computeIfAbsent(e.stationCode(), s -> new ArrayList<>())
                        .add(new PlannedOperation(e.operationId(), e.operationCode(), e.orderId(), e.orderNumber(),
                                e.start(), e.end(), e.pinned(), e.setupMinutes())));
        List<StationPlan> stations = byStation.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new StationPlan(e.getKey(), e.getValue())).toList();
        return new PlanView(p.getId(), p.getWorkshopCode(), p.getPlanNumber(), p.getStatus().name(), p.getOrigin(),
                p.getPlanningStart(), p.getCreatedAt(), p.getCreatedBy(), score(p), p.getMakespanMinutes(),
                p.getSolveMillis(), p.getSummary(), p.getDispatchedAt(), p.getDispatchedBy(), stations,
                p.getOrders().stream().map(o -> new OrderLateness(o.orderId(), o.orderNumber(), o.priority(),
                        o.due(), o.completion(), o.latenessMinutes())).toList(),
                p.getCosts().stream().map(c -> new ConstraintCost(c.constraint(), c.hard(), c.medium(), c.soft(),
                        c.matches())).toList());
    }

    private static Score score(Plan p) {
        return new Score(p.getHardScore(), p.getMediumScore(), p.getSoftScore(), p.getHardScore() == 0);
    }
}
