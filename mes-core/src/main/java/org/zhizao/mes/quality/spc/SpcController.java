package org.zhizao.mes.quality.spc;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.zhizao.mes.quality.domain.Capability;
import org.zhizao.mes.quality.domain.ControlChart;
import org.zhizao.mes.quality.domain.RunRuleBreach;
import org.zhizao.mes.quality.domain.Specification;
import org.zhizao.mes.quality.inspection.Characteristic;
import org.zhizao.mes.quality.inspection.CharacteristicRepository;
import org.zhizao.mes.quality.inspection.InspectionResultRepository;
import org.zhizao.mes.security.Access;
import org.zhizao.mes.shared.domain.NotFound;
import org.zhizao.mes.shared.domain.RuleViolation;

/** Control charts, capability and alerts of the variable characteristics. */
@RestController
class SpcController {

    record ChartView(long characteristicId, String characteristic, String type, int subgroupSize, int subgroups,
                     int baselineSubgroups, ControlChart.Limits location, ControlChart.Limits dispersion,
                     List<Double> points, List<Double> dispersionPoints, double sigmaWithin, List<String> breaches) {
    }

    record CapabilityView(long characteristicId, String characteristic, int values, double lsl, double usl,
                          double mean, double sigmaWithin, double sigmaOverall, double cp, double cpk, double pp,
                          double ppk) {
    }

    record AlertView(long id, long characteristicId, String characteristic, long operationId, long orderId, int rule,
                     String message, List<Integer> points, String hold, Instant raisedAt) {
        static AlertView of(QualityAlert a) {
            return new AlertView(a.getId(), a.getCharacteristicId(), a.getCharacteristic(), a.getOperationId(),
                    a.getOrderId(), a.getRuleNumber(), a.getMessage(),
                    Arrays.stream(a.getPoints().split(",")).map(Integer::valueOf).toList(), a.getHold(),
                    a.getRaisedAt());
        }
    }

    private final CharacteristicRepository characteristics;
    private final InspectionResultRepository results;
    private final QualityAlertRepository alerts;

    SpcController(CharacteristicRepository characteristics, InspectionResultRepository results,
            QualityAlertRepository alerts) {
        this.characteristics = characteristics;
        this.results = results;
        this.alerts = alerts;
    }

    @GetMapping("/api/quality/characteristics/{id}/chart")
    @PreAuthorize(Access.READ)
    @Transactional(readOnly = true)
    ChartView chart(@PathVariable long id) {
        Characteristic c = variable(id);
        ChartData data = ChartData.of(c.chartType(), c.getSubgroupSize(), c.getBaselineSubgroups(),
                results.valuesOf(id));
        if (data.chart() == null) {
            throw new RuleViolation("characteristic " + c.getCode() + " needs at least 2 complete subgroups of "
                    + c.getSubgroupSize() + " for a chart");
        }
        ControlChart chart = data.chart();
        return new ChartView(id, c.getCode(), chart.type().name(), chart.subgroupSize(), data.subgroups(),
                data.baselineUsed(), chart.location(), chart.dispersion(), chart.locationPoints(),
                chart.dispersionPoints(), chart.sigmaWithin(), data.breaches().stream().map(RunRuleBreach::describe)
                        .toList());
    }

    @GetMapping("/api/quality/characteristics/{id}/capability")
    @PreAuthorize(Access.READ)
    @Transactional(readOnly = true)
    CapabilityView capability(@PathVariable long id) {
        Characteristic c = variable(id);
        List<Double> values = results.valuesOf(id);
        ChartData data = ChartData.of(c.chartType(), c.getSubgroupSize(), Integer.MAX_VALUE, values);
        if (data.chart() == null) {
            throw new RuleViolation("characteristic " + c.getCode() + " needs at least 2 complete subgroups of "
                    + c.getSubgroupSize() + " for its capability");
        }
        Specification spec = c.specification();
        Capability k = Capability.of(values, data.chart().sigmaWithin(), spec.lsl(), spec.usl());
        return new CapabilityView(id, c.getCode(), values.size(), spec.lsl(), spec.usl(), k.mean(), k.sigmaWithin(),
                k.sigmaOverall(), k.cp(), k.cpk(), k.pp(), k.ppk());
    }

    @GetMapping("/api/quality/alerts")
    @PreAuthorize(Access.READ)
    @Transactional(readOnly = true)
    Page<AlertView> alerts(@PageableDefault(size = 50) Pageable pageable) {
        return alerts.findAllByOrderByIdDesc(pageable).map(AlertView::of);
    }

    @GetMapping("/api/quality/alerts/{id}")
    @PreAuthorize(Access.READ)
    @Transactional(readOnly = true)
    AlertView alert(@PathVariable long id) {
        return alerts.findById(id).map(AlertView::of).orElseThrow(() -> new NotFound("quality alert", id));
    }

    private Characteristic variable(long id) {
        Characteristic c = characteristics.findById(id).orElseThrow(() -> new NotFound("characteristic", id));
        if (c.getKind() != Characteristic.Kind.VARIABLE) {
            throw new RuleViolation("characteristic " + c.getCode() + " is an attribute; charts are for measurements");
        }
        return c;
    }
}

