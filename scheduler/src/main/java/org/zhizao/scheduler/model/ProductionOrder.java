package org.zhizao.scheduler.model;

/**
 * A released order (a job in scheduling terms) whose operations are planned together.
 *
 * @param id unique order number
 * @param releaseTime earliest start of any of its operations (e.g. material arrival), in ticks
 * @param dueDate when the last operation should be finished, in ticks; {@code null} for none
 * @param priority weight of each tick of lateness (1 = normal, higher = more urgent)
 */
public record ProductionOrder(String id, long releaseTime, Long dueDate, int priority) {

    public ProductionOrder {
        if (priority < 0) {
            throw new IllegalArgumentException("Order " + id + " has a negative priority: " + priority);
        }
    }

    /** An order without release time or due date, as in benchmark instances. */
    public static ProductionOrder unconstrained(String id) {
        return new ProductionOrder(id, 0, null, 1);
    }

    public boolean hasDueDate() {
        return dueDate != null;
    }
}
