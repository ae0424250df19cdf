package org.zhizao.mes.quality.domain;

import org.zhizao.mes.shared.domain.Decision;

/** The nonconformance report's workflow: disposition, approval of use-as-is, closing. */
public final class NcrRules {

    private NcrRules() {
    }

    public static Decision disposition(String number, NcrStatus status, Disposition disposition) {
        if (status != NcrStatus.OPEN) {
            return Decision.rejected("NCR " + number + " cannot be dispositioned as " + disposition.label()
                    + ": it is " + label(status) + " (only possible when open)");
        }
        return Decision.allowed();
    }

    /** The state a disposition leads to: use as is waits for approval, the others are decided at once. */
    public static NcrStatus afterDisposition(Disposition disposition) {
        return disposition.needsApproval() ? NcrStatus.AWAITING_APPROVAL : NcrStatus.DISPOSITIONED;
    }

    public static Decision approval(String number, NcrStatus status) {
        return status == NcrStatus.AWAITING_APPROVAL ? Decision.allowed()
                : Decision.rejected("NCR " + number + " has nothing to approve: it is " + label(status));
    }

    public static Decision closing(String number, NcrStatus status) {
        return status == NcrStatus.DISPOSITIONED ? Decision.allowed()
                : Decision.rejected("NCR " + number + " cannot be closed: it is " + label(status)
                        + " (only possible once dispositioned)");
    }

    public static String label(NcrStatus status) {
        return status.name().toLowerCase().replace('_', ' ');
    }
}
