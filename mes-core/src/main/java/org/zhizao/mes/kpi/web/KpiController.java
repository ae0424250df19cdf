package org.zhizao.mes.kpi.web;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhizao.mes.kpi.KpiCalculator;
import org.zhizao.mes.kpi.domain.TargetComparison;
import org.zhizao.mes.security.Access;
import org.zhizao.mes.shared.domain.InvalidInput;

/** KPIs per ISO 22400-2 for a station, line, workshop, factory or the park, and the plan's targets. */
@RestController
class KpiController {

    private static final Duration MAX_RANGE = Duration.ofDays(366);

    private final KpiCalculator calculator;

    KpiController(KpiCalculator calculator) {
        this.calculator = calculator;
    }

    @GetMapping("/api/kpi")
    @PreAuthorize(Access.READ)
    KpiCalculator.Result kpis(@RequestParam String code, @RequestParam OffsetDateTime from,
            @RequestParam OffsetDateTime to, @RequestParam(defaultValue = "CALENDAR") KpiCalculator.Basis basis) {
        check(from, to);
        return calculator.compute(code, from.toInstant(), to.toInstant(), basis);
    }

    @GetMapping("/api/kpi/targets")
    @PreAuthorize(Access.READ)
    List<TargetComparison.Target> targets(@RequestParam String code, @RequestParam OffsetDateTime baselineFrom,
            @RequestParam OffsetDateTime baselineTo, @RequestParam OffsetDateTime from, @RequestParam OffsetDateTime to,
            @RequestParam(defaultValue = "CALENDAR") KpiCalculator.Basis basis) {
        check(baselineFrom, baselineTo);
        check(from, to);
        return calculator.targets(code, baselineFrom.toInstant(), baselineTo.toInstant(), from.toInstant(),
                to.toInstant(), basis);
    }

    private static void check(OffsetDateTime from, OffsetDateTime to) {
        if (!to.isAfter(from)) {
            throw new InvalidInput("to: must be after from");
        }
        if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
            throw new InvalidInput("to: a range of at most 366 days");
        }
    }
}
