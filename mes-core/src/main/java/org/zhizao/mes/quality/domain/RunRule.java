package org.zhizao.mes.quality.domain;

/**
 * The eight run rules of Nelson (Journal of Quality Technology 16(4), 1984), the first four from the
 * Western Electric Statistical Quality Control Handbook (1956). Zones are in sigmas of the plotted point.
 */
public enum RunRule {
    BEYOND_3_SIGMA(1, 1, "one point beyond 3 sigma"),
    NINE_ON_ONE_SIDE(2, 9, "nine points in a row on one side of the centre line"),
    SIX_TRENDING(3, 6, "six points in a row steadily increasing or decreasing"),
    FOURTEEN_ALTERNATING(4, 14, "fourteen points in a row alternating up and down"),
    TWO_OF_THREE_BEYOND_2_SIGMA(5, 3, "two out of three points beyond 2 sigma on the same side"),
    FOUR_OF_FIVE_BEYOND_1_SIGMA(6, 5, "four out of five points beyond 1 sigma on the same side"),
    FIFTEEN_WITHIN_1_SIGMA(7, 15, "fifteen points in a row within 1 sigma"),
    EIGHT_OUTSIDE_1_SIGMA(8, 8, "eight points in a row beyond 1 sigma on either side");

    private final int number;
    private final int window;
    private final String description;

    RunRule(int number, int window, String description) {
        this.number = number;
        this.window = window;
        this.description = description;
    }

    public int number() {
        return number;
    }

    /** How many consecutive points the rule looks at. */
    public int window() {
        return window;
    }

    public String description() {
        return description;
    }

    /** E.g. "Nelson rule 2 (nine points in a row on one side of the centre line)". */
    public String label() {
        return "Nelson rule " + number + " (" + description + ")";
    }
}
