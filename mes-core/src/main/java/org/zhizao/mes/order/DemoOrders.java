package org.zhizao.mes.order;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.zhizao.mes.product.ProductCatalog;

/** A handful of created orders for the demo products, in the demo profile, if no order exists yet. */
@Component
@Profile("demo")
@Order(31)
class DemoOrders implements ApplicationRunner {

    private record Sample(String productCode, int quantity, int dueInDays, int priority, String customer) {
    }

    private static final Sample[] SAMPLES = {
        new Sample("GBX-SHAFT-40", 120, 7, 2, "SAIC-2026-0457"),
        new Sample("GBX-SHAFT-40", 60, 14, 3, "FAW-2026-1120"),
        new Sample("BRK-W-220", 200, 10, 3, "XCMG-88213"),
        new Sample("PMP-CP-50", 40, 12, 1, "GRUNDFOS-CN-3391"),
        new Sample("HSG-PNT-90", 80, 21, 4, "SANY-77410"),
    };

    private final PlacingOrder placing;
    private final ProductionOrderRepository orders;
    private final ProductCatalog products;
    private final Clock clock;

    DemoOrders(PlacingOrder placing, ProductionOrderRepository orders, ProductCatalog products, Clock clock) {
        this.placing = placing;
        this.orders = orders;
        this.products = products;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (orders.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (Sample s : SAMPLES) {
            if (products.findByCode(s.productCode()).isPresent()) {
                placing.place(s.productCode(), s.quantity(), today.plusDays(s.dueInDays()), s.priority(),
                        s.customer(), "demo order");
            }
        }
    }
}
