package org.zhizao.mes.order.domain;

import java.util.regex.Pattern;
import org.zhizao.mes.shared.domain.Decision;

/**
 * Order numbers the MES assigns read {@code PO-<year>-<six-digit sequence>}, e.g. {@code PO-2026-000123}.
 * An order may instead carry a number given by the sales or ERP system (e.g. when imported): letters,
 * digits and {@code . _ / -}, at most 40 characters, and never starting with {@code PO-}, which stays
 * reserved for assigned numbers so a given number can never collide with a later assigned one.
 */
public final class OrderNumber {

    public static final int MAX_LENGTH = 40;
    private static final Pattern GIVEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");

    private OrderNumber() {
    }

    public static String of(int year, long sequence) {
        return String.format("PO-%d-%06d", year, sequence);
    }

    /** Whether the number starts with the prefix reserved for the numbers the MES assigns. */
    public static boolean isReserved(String number) {
        return number.regionMatches(true, 0, "PO-", 0, 3);
    }

    /** Whether the number has the characters and length a given order number may have. */
    public static boolean isWellFormed(String number) {
        return number.length() <= MAX_LENGTH && GIVEN.matcher(number).matches();
    }

    /** Allowed if the number may be given to a new order (its uniqueness is checked against the orders). */
    public static Decision checkGiven(String number) {
        if (!isWellFormed(number)) {
            return Decision.rejected("order number '" + number + "' is not valid: use letters, digits and . _ / -"
                    + ", at most " + MAX_LENGTH + " characters");
        }
        if (isReserved(number)) {
            return Decision.rejected("order number '" + number + "' starts with PO-, which is reserved for the"
                    + " numbers the MES assigns");
        }
        return Decision.allowed();
    }
}
