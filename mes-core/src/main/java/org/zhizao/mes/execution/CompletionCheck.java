package org.zhizao.mes.execution;

import org.zhizao.mes.shared.domain.Decision;

/**
 * A condition another module sets on completing an operation, e.g. that its required inspections are
 * recorded. Completing consults every bean implementing this, inside its transaction, and is rejected
 * with the first rejection's reason. Lets execution ask without depending on the asking module.
 */
public interface CompletionCheck {

    Decision check(OperationView operation);
}
