package org.zhizao.scheduler.explain;

/**
 * When an order finishes against its due date, in ticks.
 *
 * @param orderId the order
 * @param completion end of its last operation ({@code null} while not all of it is planned)
 * @param dueDate its due date, {@code null} for none
 * @param lateness completion minus due date when positive, else 0
 * @param priority weight of each tick of lateness
 */
public record OrderLateness(String orderId, Long completion, Long dueDate, long lateness, int priority) {

    public boolean isLate() {
        return lateness > 0;
    }
}
