package org.zhizao.mes.support;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Vaadin's security configuration puts a security context holder strategy of its own application
 * context into the JVM-wide {@link SecurityContextHolder}. A running server has one application context;
 * a test JVM caches several, and the last one started would otherwise hold the strategy, so code of the
 * context under test would read no signed-in user. Before each test, the context under test's strategy
 * is the JVM's.
 */
public class SecurityStrategyOfTheTestedContext implements TestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
