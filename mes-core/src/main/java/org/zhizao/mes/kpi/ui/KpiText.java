package org.zhizao.mes.kpi.ui;

import java.time.Duration;
import java.util.Locale;
import org.zhizao.mes.ui.Formats;

/**
 * KPI values as text in the user's locale. A KPI whose denominator is zero is undefined (null, see
 * {@link org.zhizao.mes.kpi.domain.Kpis}) and reads as a dash, never as 0 or an error.
 */
final class KpiText {

    static final String UNDEFINED = "–";

    private final Formats formats;

    KpiText(Locale locale) {
        this.formats = Formats.of(locale);
    }

    Formats formats() {
        return formats;
    }

    String percent(Double ratio) {
        return ratio == null ? UNDEFINED : formats.percent(ratio);
    }

    /** A relative change with its sign, e.g. "+12.5%" or "−20.0%". */
    String change(Double ratio) {
        return ratio == null ? UNDEFINED : (ratio > 0 ? "+" : "") + formats.percent(ratio);
    }

    String number(Double value, int decimals) {
        return value == null ? UNDEFINED : formats.number(value, decimals);
    }

    String integer(long value) {
        return formats.integer(value);
    }

    String duration(Duration d) {
        return d == null ? UNDEFINED : formats.duration(d);
    }
}
