package org.zhizao.mes.quality.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhizao.mes.shared.domain.Decision;

/** Unit or lot tracking as a product's configuration. */
class TrackingTest {

    @Test
    void aRequestedKindOtherThanTheProductsTrackingIsRejectedNamingBoth() {
        assertThat(Tracking.LOT.identifying("BRK-W-220", Tracking.UNIT)).isEqualTo(Decision.rejected(
                "product BRK-W-220 is tracked per lot (LOT): it is identified per lot, not per unit"));
        assertThat(Tracking.LOT.identifying("BRK-W-220", Tracking.LOT).isAllowed()).isTrue();
        assertThat(Tracking.UNIT.identifying("GBX-SHAFT-40", null).isAllowed()).isTrue();
    }

    @Test
    void aUnitIdentifierIsOnePieceAndALotIdentifierNeedsItsQuantity() {
        assertThat(Tracking.UNIT.quantity("GBX-SHAFT-40", 5)).isEqualTo(Decision.rejected("quantity: product "
                + "GBX-SHAFT-40 is tracked per unit (UNIT): each identifier is one piece, not 5"));
        assertThat(Tracking.UNIT.quantity("GBX-SHAFT-40", null).isAllowed()).isTrue();
        assertThat(Tracking.LOT.quantity("BRK-W-220", null)).isEqualTo(Decision.rejected(
                "quantity: product BRK-W-220 is tracked per lot (LOT): give the lot's quantity"));
        assertThat(Tracking.LOT.quantity("BRK-W-220", 50).isAllowed()).isTrue();
    }

    @Test
    void trackingCannotSwitchWhileUnfinishedOrdersHoldIdentifiersOfTheOldKind() {
        assertThat(Tracking.switching("P", Tracking.UNIT, Tracking.LOT, List.of("PO-2026-000007")))
                .isEqualTo(Decision.rejected("product P is tracked per unit (UNIT) and cannot switch to LOT while "
                        + "its unfinished orders [PO-2026-000007] hold UNIT identifiers"));
        assertThat(Tracking.switching("P", Tracking.UNIT, Tracking.LOT, List.of()).isAllowed()).isTrue();
        assertThat(Tracking.switching("P", Tracking.LOT, Tracking.LOT, List.of("PO-1")).isAllowed()).isTrue();
    }
}
