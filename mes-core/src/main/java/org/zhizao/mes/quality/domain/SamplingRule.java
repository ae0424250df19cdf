package org.zhizao.mes.quality.domain;

/**
 * How many units of an operation an inspection covers.
 *
 * @param n the interval for {@link Kind#EVERY_NTH}, the sample size for {@link Kind#N_PER_LOT}, else ignored
 */
public record SamplingRule(Kind kind, int n) {

    public enum Kind {
        /** The first unit of the operation. */
        FIRST_PIECE,
        /** Units n, 2n, 3n, … (at least one). */
        EVERY_NTH,
        /** n units of the lot (the order), or all of them if fewer were made. */
        N_PER_LOT,
        /** Every unit. */
        ALL
    }

    public SamplingRule {
        if (kind == null) {
            throw new IllegalArgumentException("a sampling rule needs a kind");
        }
        if ((kind == Kind.EVERY_NTH || kind == Kind.N_PER_LOT) && n < 1) {
            throw new IllegalArgumentException("sampling " + kind + " needs n of at least 1, got " + n);
        }
        if (kind == Kind.FIRST_PIECE || kind == Kind.ALL) {
            n = kind == Kind.ALL ? 0 : 1;
        }
    }

    /** The number of results required once {@code units} units were made (at least one). */
    public int requiredResults(int units) {
        int made = Math.max(units, 1);
        return switch (kind) {
            case FIRST_PIECE -> 1;
            case EVERY_NTH -> Math.max(1, made / n);
            case N_PER_LOT -> Math.min(n, made);
            case ALL -> made;
        };
    }

    /** E.g. "every 10th unit". */
    public String describe() {
        return switch (kind) {
            case FIRST_PIECE -> "first piece";
            case EVERY_NTH -> "every " + ordinal(n) + " unit";
            case N_PER_LOT -> n + " per lot";
            case ALL -> "every unit";
        };
    }

    private static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
                : switch (n % 10) { case 1 -> "st"; case 2 -> "nd"; case 3 -> "rd"; default -> "th"; };
        return n + suffix;
    }
}
