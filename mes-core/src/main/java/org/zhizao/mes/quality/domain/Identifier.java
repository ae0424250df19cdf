package org.zhizao.mes.quality.domain;

import java.util.regex.Pattern;

/**
 * A unit or lot identifier in the industrial internet identifier style (handle syntax, RFC 3650): a
 * registered prefix, a slash and a local suffix, e.g. {@code 88.123.1/ZZ-F1-2026-000123}.
 */
public record Identifier(String prefix, String suffix) {

    private static final Pattern PREFIX = Pattern.compile("[0-9]+(\\.[0-9]+)*");
    private static final Pattern SUFFIX = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    public Identifier {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("identifier prefix '" + prefix
                    + "' must be dot-separated numbers, e.g. 88.123.1");
        }
        if (suffix == null || !SUFFIX.matcher(suffix).matches()) {
            throw new IllegalArgumentException("identifier suffix '" + suffix
                    + "' must be letters, digits, '.', '_' or '-', at most 100, e.g. ZZ-F1-2026-000123");
        }
    }

    /** Parses {@code prefix/suffix}; throws IllegalArgumentException naming what is wrong. */
    public static Identifier parse(String text) {
        int slash = text == null ? -1 : text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("identifier '" + text
                    + "' must be <prefix>/<suffix>, e.g. 88.123.1/ZZ-F1-2026-000123");
        }
        return new Identifier(text.substring(0, slash), text.substring(slash + 1));
    }

    /** A new unit's identifier: {@code <prefix>/ZZ-<factory>-<year>-<serial, 6 digits>}. */
    public static Identifier next(String prefix, String factory, int year, long serial) {
        return new Identifier(prefix, String.format("ZZ-%s-%d-%06d", factory, year, serial));
    }

    @Override
    public String toString() {
        return prefix + "/" + suffix;
    }
}
