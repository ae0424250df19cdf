package org.zhizao.mes.quality.ncr;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhizao.mes.plant.PlantDirectory;
import org.zhizao.mes.quality.domain.Pareto;
import org.zhizao.mes.quality.domain.QualityRates;
import org.zhizao.mes.quality.inspection.QualityOperation;
import org.zhizao.mes.quality.inspection.QualityOperationRepository;
import org.zhizao.mes.security.Access;
import org.zhizao.mes.shared.domain.InvalidInput;

/**
 * Pareto of defects and quality rates for a time range and a tier of the plant (a station code prefix
 * such as {@code P1/F1/W1}; none for the whole enterprise).
 */
@RestController
class QualityFiguresController {

    enum ParetoBy { CODE, STATION, PRODUCT }

    record ParetoView(String by, Instant from, Instant to, String tier, long total, List<Pareto.Bar> bars) {
    }

    record RatesView(Instant from, Instant to, String tier, long produced, long scrap, long defects,
                     Double firstPassYield, Double scrapRatio, Double defectRate) {
    }

    private final DefectRecordRepository defects;
    private final QualityOperationRepository operations;
    private final PlantDirectory plant;

    QualityFiguresController(DefectRecordRepository defects, QualityOperationRepository operations,
            PlantDirectory plant) {
        this.defects = defects;
        this.operations = operations;
        this.plant = plant;
    }

    @GetMapping("/api/quality/pareto")
    @PreAuthorize(Access.READ)
    @Transactional(readOnly = true)
    ParetoView pareto(@RequestParam(defaultValue = "CODE") ParetoBy by,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(required = false) String tier) {
        Instant[] range = range(from, to);
        checkTier(tier);
        Function<DefectRecord, String> key = switch (by) {
            case CODE -> DefectRecord::getDefectCode;
            case STATION -> d -> d.getStationCode() == null ? "(no station)" : d.getStationCode();
            case PRODUCT -> DefectRecord::getProductCode;
        };
        Map<String, Long> counts = defects.findByRecordedAtGreaterThanEqualAndRecordedAtLessThan(range[0], range[1])
                .stream().filter(d -> inTier(d.getStationCode(), tier))
                .collect(Collectors.groupingBy(key, Collectors.summingLong(DefectRecord::getQuantity)));
        return new ParetoView(by.name(), range[0], range[1], tier,
                counts.values().stream().mapToLong(Long::longValue).sum(), Pareto.of(counts));
    }

    /** First pass yield, scrap ratio and defect rate of the operations finished in the range in the tier. */
    @GetMapping("/api/quality/rates")
    @PreAuthorize(Access.READ)
    @Transactional(readOnly = true)
    RatesView rates(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(required = false) String tier) {
        Instant[] range = range(from, to);
        checkTier(tier);
        List<QualityOperation> finished = operations.findByFinishedAtBetween(range[0], range[1]).stream()
                .filter(o -> "COMPLETED".equals(o.getStatus()) && inTier(o.getStationCode(), tier)).toList();
        Map<Long, Long> defective = new HashMap<>();
        defects.findByOperationIdIn(finished.stream().map(QualityOperation::getOperationId).toList())
                .forEach(d -> defective.merge(d.getOperationId(), (long) d.getQuantity(), Long::sum));
        QualityRates rates = QualityRates.of(finished.stream().map(o -> new QualityRates.OperationCounts(
                o.getGoodQuantity(), o.getScrapQuantity(), defective.getOrDefault(o.getOperationId(), 0L))).toList());
        return new RatesView(range[0], range[1], tier, rates.produced(), rates.scrap(), rates.defects(),
                finite(rates.firstPassYield()), finite(rates.scrapRatio()), finite(rates.defectRate()));
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    /** Default: the last 30 days up to now. */
    private static Instant[] range(Instant from, Instant to) {
        Instant end = to == null ? Instant.now().plus(1, ChronoUnit.MINUTES) : to;
        Instant start = from == null ? end.minus(30, ChronoUnit.DAYS) : from;
        if (!start.isBefore(end)) {
            throw new InvalidInput("'from' " + start + " must be before 'to' " + end);
        }
        return new Instant[] {start, end};
    }

    private void checkTier(String tier) {
        if (tier != null && plant.stations().stream().noneMatch(s -> inTier(s.code(), tier))) {
            throw new InvalidInput("tier '" + tier + "' holds no station of the plant; give a code prefix such as P1/F1/W1");
        }
    }

    private static boolean inTier(String stationCode, String tier) {
        return tier == null || stationCode != null && (stationCode.equals(tier) || stationCode.startsWith(tier + "/"));
    }
}
