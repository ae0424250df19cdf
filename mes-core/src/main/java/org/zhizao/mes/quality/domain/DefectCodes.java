package org.zhizao.mes.quality.domain;

import java.util.Collection;
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

    /**
     * A code may be used for a new defect unless it, or a family it lies under, is retired; retired codes
     * stay in the catalogue for the defects already recorded.
     */
    public static Decision usable(String code, Collection<String> retiredCodes) {
        for (String c = code; c != null; c = parentOf(c)) {
            if (retiredCodes.contains(c)) {
                return Decision.rejected(c.equals(code)
                        ? "defect code " + code + " is retired and cannot be used for new defects"
                        : "defect code " + code + " lies under the retired family " + c
                                + " and cannot be used for new defects");
            }
        }
        return Decision.allowed();
    }
}
