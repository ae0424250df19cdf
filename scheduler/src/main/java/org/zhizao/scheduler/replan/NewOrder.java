package org.zhizao.scheduler.replan;

import java.util.List;
import java.util.Map;

import org.zhizao.scheduler.model.ProductionOrder;

/**
 * An order added to a running plan (e.g. a rush order): its operations in routing order, each with
 * its family and its duration (ticks) per eligible station id.
 */
public record NewOrder(ProductionOrder order, List<Step> steps) {

    /** One operation of the new order. */
    public record Step(String operationId, String family, Map<String, Long> durationByStation) {
    }
}
