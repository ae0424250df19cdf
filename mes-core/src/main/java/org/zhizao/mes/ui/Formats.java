package org.zhizao.mes.ui;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates, numbers, percentages and durations as a user of one locale reads them. */
public final class Formats {

    private final Locale locale;
    private final ZoneId zone;

    private Formats(Locale locale, ZoneId zone) {
        this.locale = Messages.supported(locale);
        this.zone = zone;
    }

    public static Formats of(Locale locale) {
        return new Formats(locale, ZoneId.systemDefault());
    }

    public static Formats of(Locale locale, ZoneId zone) {
        return new Formats(locale, zone);
    }

    public Locale locale() {
        return locale;
    }

    public ZoneId zone() {
        return zone;
    }

    public String dateTime(Instant t) {
        return t == null ? "" : date(t) + " " + time(t); // a plant reads the 24-hour clock
    }

    public String date(Instant t) {
        return t == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(zone).format(t);
    }

    public String time(Instant t) {
        return t == null ? "" : DateTimeFormatter.ofPattern("HH:mm", locale).withZone(zone).format(t);
    }

    public String number(double value, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return Double.isFinite(value) ? f.format(value) : "–";
    }

    public String integer(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A ratio of 0..1 as a percentage, e.g. 0.853 → "85.3%". */
    public String percent(double ratio) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return Double.isFinite(ratio) ? f.format(ratio) : "–";
    }

    /** A duration in the units a shop floor uses: "2 h 05 min", "45 s"; in Chinese "2小时05分", "45秒". */
    public String duration(Duration d) {
        if (d == null) {
            return "";
        }
        boolean negative = d.isNegative();
        long seconds = Math.abs(d.getSeconds());
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3600;
        long minutes = seconds % 3600 / 60;
        boolean zh = locale.equals(Messages.CHINESE);
        String text;
        if (days > 0) {
            text = zh ? days + "天" + hours + "小时" : days + " d " + hours + " h";
        } else if (hours > 0) {
            text = zh ? String.format("%d小时%02d分", hours, minutes) : String.format("%d h %02d min", hours, minutes);
        } else if (minutes > 0) {
            text = zh ? minutes + "分" + (seconds % 60) + "秒" : minutes + " min " + (seconds % 60) + " s";
        } else {
            text = zh ? seconds + "秒" : seconds + " s";
        }
        return negative ? "-" + text : text;
    }
}
