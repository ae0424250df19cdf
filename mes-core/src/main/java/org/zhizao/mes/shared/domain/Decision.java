package org.zhizao.mes.shared.domain;

/**
 * The outcome of a business rule: allowed, or rejected with a reason a user can read.
 */
public sealed interface Decision {

    Allowed ALLOWED = new Allowed();

    static Decision allowed() {
        return ALLOWED;
    }

    static Decision rejected(String reason) {
        return new Rejected(reason);
    }

    default boolean isAllowed() {
        return this instanceof Allowed;
    }

    /** Throws {@link RuleViolation} with the reason when rejected. */
    default void orThrow() {
        if (this instanceof Rejected rejected) {
            throw new RuleViolation(rejected.reason());
        }
    }

    /** Combines decisions: the first rejection wins. */
    default Decision and(java.util.function.Supplier<Decision> next) {
        return isAllowed() ? next.get() : this;
    }

    record Allowed() implements Decision {
    }

    record Rejected(String reason) implements Decision {
    }
}
