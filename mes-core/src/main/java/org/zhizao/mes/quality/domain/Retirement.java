package org.zhizao.mes.quality.domain;

import java.time.Instant;
import org.zhizao.mes.shared.domain.Decision;

/**
 * Plans, characteristics and defect codes are retired, never deleted: the results and defects recorded
 * against them keep referring to them, but nothing new may use them.
 */
public final class Retirement {

    private Retirement() {
    }

    /** Retiring is done once. */
    public static Decision retiring(String what, Instant retiredAt) {
        return retiredAt == null ? Decision.allowed()
                : Decision.rejected(what + " was already retired at " + retiredAt);
    }

    /** Something retired takes no new use, e.g. "new results". */
    public static Decision usable(String what, Instant retiredAt, String use) {
        return retiredAt == null ? Decision.allowed()
                : Decision.rejected(what + " is retired (since " + retiredAt + ") and cannot be used for " + use);
    }

    /** Something retired is kept as it was when retired, as history shows it. */
    public static Decision editable(String what, Instant retiredAt) {
        return retiredAt == null ? Decision.allowed()
                : Decision.rejected(what + " is retired (since " + retiredAt + ") and can no longer be edited");
    }
}
