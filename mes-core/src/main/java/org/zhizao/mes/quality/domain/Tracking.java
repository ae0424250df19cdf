package org.zhizao.mes.quality.domain;

import java.util.List;
import org.zhizao.mes.shared.domain.Decision;

/**
 * How a product is identified for genealogy, by product configuration: {@link #UNIT} serialised, every
 * piece gets its own identifier; {@link #LOT} one identifier per lot of pieces.
 */
public enum Tracking {
    UNIT("per unit"),
    LOT("per lot");

    private final String label;

    Tracking(String label) {
        this.label = label;
    }

    /** E.g. "tracked per lot (LOT)". */
    public String describe() {
        return "tracked " + label + " (" + name() + ")";
    }

    /** An identifier of the requested kind (null: the product's own) fits the product's tracking. */
    public Decision identifying(String productCode, Tracking requested) {
        if (requested == null || requested == this) {
            return Decision.allowed();
        }
        return Decision.rejected("product " + productCode + " is " + describe() + ": it is identified "
                + label + ", not " + requested.label);
    }

    /** A unit identifier stands for one piece; a lot identifier needs the lot's quantity. */
    public Decision quantity(String productCode, Integer quantity) {
        if (this == UNIT && quantity != null && quantity != 1) {
            return Decision.rejected("quantity: product " + productCode + " is " + describe()
                    + ": each identifier is one piece, not " + quantity);
        }
        if (this == LOT && quantity == null) {
            return Decision.rejected("quantity: product " + productCode + " is " + describe()
                    + ": give the lot's quantity");
        }
        return Decision.allowed();
    }

    /**
     * The tracking may change only while no unfinished order of the product holds identifiers of the old
     * kind: one order's genealogy would otherwise mix units and lots.
     */
    public static Decision switching(String productCode, Tracking from, Tracking to, List<String> openOrdersIdentified) {
        if (from == to || openOrdersIdentified.isEmpty()) {
            return Decision.allowed();
        }
        return Decision.rejected("product " + productCode + " is " + from.describe() + " and cannot switch to "
                + to.name() + " while its unfinished orders " + openOrdersIdentified + " hold " + from.name()
                + " identifiers");
    }
}
