package org.zhizao.mes.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * A full application ({@link MesTest}) connected to the plant simulator running inside it: on a free port,
 * at 30 simulated seconds per second, steady (no random breakdowns or micro-stops) and without demo jobs,
 * so the only jobs are the ones a test dispatches. Every class with this annotation shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@MesTest
@TestPropertySource(properties = {
        "zhizao.equipment.connect=true",
        "zhizao.equipment.flush-millis=200",
        "zhizao.equipment.pki-dir=target/live-shop-floor/client-pki",
        "zhizao.simulator.enabled=true",
        "zhizao.simulator.port=0",
        "zhizao.simulator.time-factor=30",
        "zhizao.simulator.auto-jobs=false",
        "zhizao.simulator.steady=true",
        "zhizao.simulator.security-dir=target/live-shop-floor/simulator-security",
        "zhizao.live.kpi-interval-seconds=5"})
public @interface LiveShopFloorTest {
}
