package org.zhizao.mes.quality.domain;

/** What is done with nonconforming material. */
public enum Disposition {
    SCRAP("scrap"),
    /** Creates a rework operation on the order. */
    REWORK("rework"),
    /** Accept the deviation; needs a supervisor's approval. */
    USE_AS_IS("use as is"),
    RETURN_TO_SUPPLIER("return to supplier");

    private final String label;

    Disposition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean needsApproval() {
        return this == USE_AS_IS;
    }
}
