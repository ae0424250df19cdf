package org.zhizao.mes.kpi.web;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
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
    private final String kpiZone;

    KpiController(KpiCalculator calculator, @Value("${zhizao.live.kpi-zone:Asia/Shanghai}") String kpiZone) {
        this.calculator = calculator;
        this.kpiZone = kpiZone;
    }

    @GetMapping("/api/kpi")
    @PreAuthorize(Access.READ)
    KpiCalculator.Result kpis(@RequestParam String code, @RequestParam OffsetDateTime from,
            @RequestParam OffsetDateTime to, @RequestParam(defaultValue = "CALENDAR") KpiCalculator.Basis basis) {
        check(from, to);
        return calculator.compute(code, from.toInstant(), to.toInstant(), basis);
    }

    /**
     * The headline KPIs of elements at {@code points} evenly spaced moments of [from, to], each over its day
     * so far (from midnight in {@code zone}, by default the live stream's), as the live stream publishes
     * them: the history a replay shows.
     */
    @GetMapping("/api/kpi/history")
    @PreAuthorize(Access.READ)
    List<Map<String, Object>> history(@RequestParam List<String> code, @RequestParam OffsetDateTime from,
            @RequestParam OffsetDateTime to, @RequestParam(defaultValue = "10") int points,
            @RequestParam(required = false) String zone) {
        check(from, to);
        if (points < 1 || points > 60 || code.size() > 60) {
            throw new InvalidInput("points: between 1 and 60, code: at most 60");
        }
        ZoneId z;
        try {
            z = ZoneId.of(zone == null ? kpiZone : zone);
        } catch (java.time.DateTimeException e) {
            throw new InvalidInput("zone: " + e.getMessage());
        }
        List<Map<String, Object>> history = new ArrayList<>();
        Duration step = Duration.between(from, to).dividedBy(points);
        for (int i = 1; i <= points; i++) {
            Instant at = from.toInstant().plus(step.multipliedBy(i));
            Instant midnight = at.atZone(z).truncatedTo(ChronoUnit.DAYS).toInstant();
            for (String c : code) {
                Map<String, Object> headline = new LinkedHashMap<>(calculator.headline(c, midnight, at));
                headline.put("at", at.toString());
                history.add(headline);
            }
        }
        return history;
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
