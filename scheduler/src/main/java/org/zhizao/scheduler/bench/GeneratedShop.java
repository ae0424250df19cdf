package org.zhizao.scheduler.bench;

import java.util.Random;

import org.zhizao.scheduler.model.ShopSchedule;
import org.zhizao.scheduler.model.ShopScheduleBuilder;

/**
 * A generated workshop for demos and the re-planning benchmark: stations with two 8-hour shifts a
 * day (ticks are minutes) and a setup matrix over product families, and orders with routings of
 * operations eligible on two to four stations, due dates and priorities.
 */
public final class GeneratedShop {

    private GeneratedShop() {
    }

    public static ShopSchedule generate(int orders, int operationsPerOrder, int stations, long seed) {
        Random random = new Random(seed);
        ShopScheduleBuilder shop = new ShopScheduleBuilder();
        String[] families = {"A", "B", "C", "D", "E"};
        for (int s = 1; s <= stations; s++) {
            ShopScheduleBuilder.StationSpec station = shop.station(stationId(s)).powerDraw(1 + random.nextInt(5))
                    .defaultSetup(5 + random.nextInt(20));
            for (int day = 0; day < 30; day++) {
                station.available(day * 1440L + 360, day * 1440L + 1320);
            }
        }
        for (int o = 1; o <= orders; o++) {
            String order = "PO-" + o;
            long work = 0;
            for (int step = 0; step < operationsPerOrder; step++) {
                work += 40;
            }
            shop.order(order, 360, 360 + work * (2 + random.nextInt(6)), 1 + random.nextInt(3));
            String family = families[random.nextInt(families.length)];
            for (int step = 1; step <= operationsPerOrder; step++) {
                ShopScheduleBuilder.OperationSpec operation = shop.operation(order + "/" + step * 10, order, family);
                int eligible = 2 + random.nextInt(3);
                int first = random.nextInt(stations);
                for (int e = 0; e < eligible; e++) {
                    operation.on(stationId(1 + (first + e * 7) % stations), 10 + random.nextInt(51));
                }
            }
        }
        return shop.build();
    }

    private static String stationId(int number) {
        return String.format("ST-%02d", number);
    }
}
