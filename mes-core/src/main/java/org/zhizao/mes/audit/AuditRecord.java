package org.zhizao.mes.audit;

/**
 * A state change to be written to the audit trail.
 *
 * @param subjectType what changed, e.g. ORDER, OPERATION, WORK_STEP, PLANT, USER
 * @param subjectId   its code or id
 * @param orderId     the production order it belongs to, if any, so the trail can be read per order
 * @param action      what was done, e.g. RELEASE, START, ACKNOWLEDGE
 * @param fromState   the state before, if a state changed
 * @param toState     the state after
 * @param reason      why, as given by the user or the system
 */
public record AuditRecord(String subjectType, String subjectId, Long orderId, String action, String fromState,
                          String toState, String reason) {

    public static AuditRecord transition(String subjectType, String subjectId, Long orderId, String action,
            Enum<?> from, Enum<?> to, String reason) {
        return new AuditRecord(subjectType, subjectId, orderId, action, from == null ? null : from.name(),
                to == null ? null : to.name(), reason);
    }
}
