package org.zhizao.scheduler.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShopScheduleBuilderTest {

    private ShopScheduleBuilder shopWithOneOrder() {
        ShopScheduleBuilder shop = new ShopScheduleBuilder();
        shop.station("LATHE");
        shop.station("MILL");
        shop.order("PO-1", 0, 100L, 1);
        return shop;
    }

    @Test
    void anOperationWithoutEligibleStationIsRejectedByName() {
        ShopScheduleBuilder shop = shopWithOneOrder();
        shop.operation("PO-1/10", "PO-1", "A");
        assertThatThrownBy(shop::build).isInstanceOf(InvalidScheduleException.class)
                .hasMessageContaining("Operation PO-1/10 has no eligible station");
    }

    @Test
    void aNegativeDurationIsRejectedWithOperationAndStation() {
        ShopScheduleBuilder shop = shopWithOneOrder();
        shop.operation("PO-1/10", "PO-1", "A").on("LATHE", -5);
        assertThatThrownBy(shop::build).isInstanceOf(InvalidScheduleException.class)
                .hasMessageContaining("Operation PO-1/10 has a negative duration -5 on station LATHE");
    }

    @Test
    void aPrecedenceCycleIsRejectedNamingTheCycle() {
        ShopScheduleBuilder shop = shopWithOneOrder();
        shop.operation("A", "PO-1", "A").on("LATHE", 5).after("C");
        shop.operation("B", "PO-1", "A").on("MILL", 5);
        shop.operation("C", "PO-1", "A").on("LATHE", 5);
        assertThatThrownBy(shop::build).isInstanceOf(InvalidScheduleException.class)
                .hasMessageContaining("Precedence cycle: A -> B -> C -> A");
    }

    @Test
    void unknownStationsAndOrdersAreNamed() {
        ShopScheduleBuilder shop = shopWithOneOrder();
        shop.operation("X", "PO-404", "A").on("LATHE", 5);
        shop.operation("Y", "PO-1", "A").on("DRILL", 5);
        assertThatThrownBy(shop::build).hasMessageContaining("unknown order PO-404")
                .hasMessageContaining("unknown station DRILL");
    }

    @Test
    void operationsOfAnOrderFollowEachOtherInDeclarationOrderAndPinnedOnesArePlaced() {
        ShopScheduleBuilder shop = shopWithOneOrder();
        shop.operation("PO-1/10", "PO-1", "A").on("LATHE", 5).pinnedAt("LATHE", 3);
        shop.operation("PO-1/20", "PO-1", "A").on("MILL", 5);
        ShopSchedule schedule = shop.build();
        Operation second = schedule.operation("PO-1/20");
        assertThat(second.getPredecessors()).extracting(Operation::getId).containsExactly("PO-1/10");
        assertThat(schedule.station("LATHE").getOperations()).extracting(Operation::getId).containsExactly("PO-1/10");
        assertThat(schedule.operation("PO-1/10").getStart()).isEqualTo(3);
        assertThat(second.getStation()).isNull();
    }
}
