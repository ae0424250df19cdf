package org.zhizao.mes.quality.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.zhizao.mes.quality.domain.Capability;
import org.zhizao.mes.quality.domain.ChartType;
import org.zhizao.mes.quality.domain.Specification;
import org.zhizao.mes.quality.inspection.Characteristic;
import org.zhizao.mes.quality.inspection.InspectionPlan;
import org.zhizao.mes.quality.inspection.InspectionPlanRepository;
import org.zhizao.mes.quality.inspection.InspectionResultRepository;
import org.zhizao.mes.quality.spc.ChartData;
import org.zhizao.mes.quality.ui.InspectionViews.ChartableCharacteristic;
import org.zhizao.mes.quality.ui.InspectionViews.SpcFigures;
import org.zhizao.mes.shared.domain.InvalidInput;
import org.zhizao.mes.shared.domain.NotFound;

/**
 * A characteristic's chart and capability as the SPC monitor computes them: limits from the baseline
 * subgroups, run rules over every point, capability over all values with the chart's within sigma.
 */
@Component
class SpcCalculation {

    private final InspectionPlanRepository plans;
    private final InspectionResultRepository results;

    SpcCalculation(InspectionPlanRepository plans, InspectionResultRepository results) {
        this.plans = plans;
        this.results = results;
    }

    List<ChartableCharacteristic> chartable() {
        List<ChartableCharacteristic> all = new ArrayList<>();
        for (InspectionPlan plan : plans.findAll()) {
            plan.getCharacteristics().stream().filter(c -> c.getKind() == Characteristic.Kind.VARIABLE)
                    .forEach(c -> all.add(chartable(plan, c)));
        }
        all.sort(Comparator.comparing(ChartableCharacteristic::productCode)
                .thenComparing(ChartableCharacteristic::operationSeq).thenComparing(ChartableCharacteristic::code));
        return all;
    }

    SpcFigures figures(long characteristicId, ChartType requested) {
        for (InspectionPlan plan : plans.findAll()) {
            for (Characteristic c : plan.getCharacteristics()) {
                if (c.getId() == characteristicId) {
                    return figures(chartable(plan, c), c, requested);
                }
            }
        }
        throw new NotFound("characteristic", characteristicId);
    }

    private SpcFigures figures(ChartableCharacteristic chartable, Characteristic c, ChartType requested) {
        if (c.getKind() != Characteristic.Kind.VARIABLE) {
            throw new InvalidInput("characteristic " + c.getCode() + " is an attribute: it has no control chart");
        }
        ChartType type = requested == null ? chartable.defaultType() : requested;
        if (!chartable.types().contains(type)) {
            throw new InvalidInput("characteristic " + c.getCode() + " with subgroups of " + c.getSubgroupSize()
                    + " is charted as " + chartable.types());
        }
        List<Double> values = results.valuesOf(c.getId());
        ChartData data = ChartData.of(type, c.getSubgroupSize(), c.getBaselineSubgroups(), values);
        Specification spec = c.specification();
        Capability capability = null;
        if (data.chart() != null) {
            ChartData whole = ChartData.of(type, c.getSubgroupSize(), Integer.MAX_VALUE, values);
            capability = Capability.of(values, whole.chart().sigmaWithin(), spec.lsl(), spec.usl());
        }
        return new SpcFigures(chartable, type, spec, values.size(), data.chart(), data.baselineUsed(),
                data.breaches(), capability);
    }

    private static ChartableCharacteristic chartable(InspectionPlan plan, Characteristic c) {
        int n = c.getSubgroupSize();
        // X̄-R and X̄-S need subgroups of at least 2; single values are charted as individuals
        List<ChartType> types = n <= 1 ? List.of(ChartType.I_MR) : List.of(ChartType.XBAR_R, ChartType.XBAR_S);
        return new ChartableCharacteristic(c.getId(), plan.getProductCode(), plan.getOperationSeq(), c.getCode(),
                c.getName(), n, c.chartType(), types);
    }
}
