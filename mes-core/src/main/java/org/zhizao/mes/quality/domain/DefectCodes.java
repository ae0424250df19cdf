package org.zhizao.mes.quality.domain;

import java.util.regex.Pattern;
import org.zhizao.mes.shared.domain.Decision;

/**
 * Defect codes form a hierarchy written into the code: {@code SURF} is a family, {@code SURF.SCRATCH} a
 * code under it. A code is defined only under an existing parent.
 */
public final class DefectCodes {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9]+(\\.[A-Z0-9-]+)*");

    private DefectCodes() {
    }

    /** The parent's code, or null for a top-level code. */
    public static String parentOf(String code) {
        int dot = code.lastIndexOf('.');
        return dot < 0 ? null : code.substring(0, dot);
    }

    public static Decision wellFormed(String code) {
        return code != null && code.length() <= 60 && CODE.matcher(code).matches() ? Decision.allowed()
                : Decision.rejected("defect code '" + code + "' must be upper-case segments separated by dots, "
                        + "e.g. SURF.SCRATCH");
    }

    /** Whether {@code code} is {@code ancestor} or lies under it. */
    public static boolean isUnder(String code, String ancestor) {
        return code.equals(ancestor) || code.startsWith(ancestor + ".");
    }
}
