package org.zhizao.mes.shared.domain;

/** A request that a business rule rejects; reported as HTTP 409 with the rule's reason. */
public class RuleViolation extends RuntimeException {

    public RuleViolation(String reason) {
        super(reason);
    }
}
