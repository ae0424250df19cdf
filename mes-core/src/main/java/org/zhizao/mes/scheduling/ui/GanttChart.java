package org.zhizao.mes.scheduling.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.zhizao.mes.ui.chart.SvgDrawing;

/**
 * A plan as a Gantt chart drawn on the server as SVG: one row per station, a bar per operation coloured
 * by its order, the changeover as a hatched segment before a bar, unavailable time shaded, late orders'
 * bars outlined in red with a marker, a time axis and a line at the present. It shows one window of the
 * horizon at a time: a shift (8 h) or a day, paged back and forth.
 */
public final class GanttChart {

    /** How much of the horizon one page shows. */
    public enum Zoom {
        SHIFT(Duration.ofHours(8), Duration.ofHours(1)),
        DAY(Duration.ofHours(24), Duration.ofHours(2));

        private final Duration span;
        private final Duration tick;

        Zoom(Duration span, Duration tick) {
            this.span = span;
            this.tick = tick;
        }

        public Duration span() {
            return span;
        }
    }

    /** The time a page shows, [from, to). */
    public record Window(Instant from, Instant to) {

        /**
         * The page {@code page} pages after the one holding {@code anchor}. Pages begin at a shift change
         * (06:00, 14:00, 22:00 in the plant's zone) for a shift, at 06:00 for a day: the plant's day
         * starts with its morning shift.
         */
        public static Window of(Zoom zoom, Instant anchor, ZoneId zone, int page) {
            ZonedDateTime local = anchor.atZone(zone);
            ZonedDateTime dayStart = local.toLocalDate().atTime(LocalTime.of(6, 0)).atZone(zone);
            if (dayStart.isAfter(local)) {
                dayStart = dayStart.minusDays(1);
            }
            long spanMinutes = zoom.span.toMinutes();
            long into = Duration.between(dayStart, local).toMinutes();
            ZonedDateTime start = dayStart.plusMinutes(into / spanMinutes * spanMinutes)
                    .plusMinutes(spanMinutes * page);
            return new Window(start.toInstant(), start.toInstant().plus(zoom.span));
        }

        public boolean overlaps(Instant start, Instant end) {
            return start.isBefore(to) && end.isAfter(from);
        }
    }

    /**
     * An operation on a station.
     *
     * @param setupMinutes the changeover drawn before the bar
     * @param late         its order ends after its due date
     * @param frozen       it stays where it is in later solves
     */
    public record Bar(long operationId, String operationCode, String orderNumber, String stationCode, Instant start,
                      Instant end, long setupMinutes, boolean late, boolean frozen) {
    }

    /** Time a station cannot work: {@code off} (outside shifts, breaks, maintenance) or {@code down}. */
    public record Shade(String stationCode, Instant start, Instant end, boolean down) {
    }

    /** The words the chart shows, in the user's language. */
    public record Texts(String empty, String late, String setup, String unavailable, String down, String now) {
    }

    static final double WIDTH = 1200;
    static final double LEFT = 170;
    static final double TOP = 40;
    static final double ROW = 30;
    static final double BAR = 20;
    // light tones, so a dark label reads on every bar; no red, which marks lateness
    private static final String[] PALETTE = {"#a0cbe8", "#ffbe7d", "#8cd17d", "#f1ce63", "#86bcb6", "#d4a6c8",
        "#fabfd2", "#d7b5a6", "#bab0ac", "#c5e0b4", "#b4c7e7"};

    private final Window window;
    private final ZoneId zone;
    private final Zoom zoom;

    public GanttChart(Zoom zoom, Window window, ZoneId zone) {
        this.zoom = zoom;
        this.window = window;
        this.zone = zone;
    }

    /** The x coordinate of an instant, clamped to the plot. */
    public double x(Instant t) {
        double plotW = WIDTH - LEFT - 10;
        double share = (double) Duration.between(window.from(), t).toMillis()
                / Duration.between(window.from(), window.to()).toMillis();
        return LEFT + plotW * Math.max(0, Math.min(1, share));
    }

    /** The colour of an order's bars: the same for an order on every page and in every plan. */
    public static String colour(String orderNumber) {
        return PALETTE[Math.floorMod(orderNumber.hashCode(), PALETTE.length)];
    }

    /** The gaps between available intervals within [from, to): the time a station is unavailable. */
    public static List<Instant[]> gaps(List<Instant[]> available, Instant from, Instant to) {
        List<Instant[]> sorted = new ArrayList<>(available);
        sorted.sort(Comparator.comparing(i -> i[0]));
        List<Instant[]> gaps = new ArrayList<>();
        Instant cursor = from;
        for (Instant[] interval : sorted) {
            if (interval[0].isAfter(cursor)) {
                gaps.add(new Instant[] {cursor, interval[0].isBefore(to) ? interval[0] : to});
            }
            if (interval[1].isAfter(cursor)) {
                cursor = interval[1];
            }
            if (!cursor.isBefore(to)) {
                break;
            }
        }
        if (cursor.isBefore(to)) {
            gaps.add(new Instant[] {cursor, to});
        }
        gaps.removeIf(g -> !g[1].isAfter(g[0]));
        return gaps;
    }

    public String svg(List<String> stations, List<Bar> bars, List<Shade> shades, Instant now, Texts texts) {
        double height = TOP + ROW * Math.max(1, stations.size()) + 6;
        StringBuilder out = new StringBuilder();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(n(WIDTH)).append(' ')
                .append(n(height)).append("\" preserveAspectRatio=\"xMinYMin meet\" class=\"chart gantt\" data-from=\"")
                .append(window.from()).append("\" data-to=\"").append(window.to()).append("\">");
        out.append("<defs><pattern id=\"gantt-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"")
                .append(" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" class=\"hatch-ground\"/>")
                .append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" class=\"hatch-line\"/></pattern></defs>");
        axis(out, height);
        if (stations.isEmpty()) {
            text(out, WIDTH / 2, TOP + ROW / 2 + 4, texts.empty(), "middle", "empty");
            return out.append("</svg>").toString();
        }
        for (int row = 0; row < stations.size(); row++) {
            String station = stations.get(row);
            double y = TOP + row * ROW;
            out.append("<g class=\"gantt-row\" data-row=\"").append(esc(station)).append("\">");
            out.append("<rect x=\"0\" y=\"").append(n(y)).append("\" width=\"").append(n(WIDTH))
                    .append("\" height=\"").append(n(ROW)).append("\" class=\"row-ground ")
                    .append(row % 2 == 0 ? "even" : "odd").append("\"/>");
            text(out, 6, y + ROW / 2 + 4, station, "start", "row-label");
            for (Shade shade : shades) {
                if (shade.stationCode().equals(station) && window.overlaps(shade.start(), shade.end())) {
                    rect(out, x(shade.start()), y + 1, x(shade.end()) - x(shade.start()), ROW - 2,
                            shade.down() ? "down" : "unavailable", shade.down() ? texts.down() : texts.unavailable(),
                            null);
                }
            }
            for (Bar bar : bars) {
                if (bar.stationCode().equals(station)) {
                    bar(out, bar, y, texts);
                }
            }
            out.append("</g>");
        }
        if (now != null && window.overlaps(now, now.plusMillis(1))) {
            double nx = x(now);
            out.append("<line x1=\"").append(n(nx)).append("\" y1=\"").append(n(TOP - 6)).append("\" x2=\"")
                    .append(n(nx)).append("\" y2=\"").append(n(height - 4)).append("\" class=\"now\"><title>")
                    .append(esc(texts.now())).append("</title></line>");
        }
        return out.append("</svg>").toString();
    }

    private void bar(StringBuilder out, Bar bar, double rowY, Texts texts) {
        Instant setupStart = bar.start().minus(Duration.ofMinutes(bar.setupMinutes()));
        if (!window.overlaps(setupStart, bar.end())) {
            return;
        }
        double y = rowY + (ROW - BAR) / 2;
        DateTimeFormatter hm = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).withZone(zone);
        String title = bar.orderNumber() + " · " + bar.operationCode() + " · " + hm.format(bar.start()) + "–"
                + hm.format(bar.end()) + (bar.late() ? " · " + texts.late() : "");
        out.append("<g class=\"bar-group").append(bar.late() ? " late" : "").append(bar.frozen() ? " frozen" : "")
                .append("\" data-order=\"").append(esc(bar.orderNumber())).append("\" data-station=\"")
                .append(esc(bar.stationCode())).append("\" data-operation=\"").append(bar.operationId()).append("\">");
        if (bar.setupMinutes() > 0 && window.overlaps(setupStart, bar.start())) {
            rect(out, x(setupStart), y, x(bar.start()) - x(setupStart), BAR, "setup",
                    texts.setup() + " · " + bar.setupMinutes() + " min", null);
        }
        if (window.overlaps(bar.start(), bar.end())) {
            double x0 = x(bar.start());
            double w = Math.max(1, x(bar.end()) - x0);
            rect(out, x0, y, w, BAR, "bar" + (bar.late() ? " late" : ""), title, colour(bar.orderNumber()));
            if (w > 44) {
                text(out, x0 + 4, y + BAR / 2 + 4, bar.orderNumber(), "start", "bar-label");
            }
            if (bar.late()) {
                double mx = x0 + w;
                out.append("<path d=\"M").append(n(mx - 5)).append(' ').append(n(y - 3)).append(" L")
                        .append(n(mx + 5)).append(' ').append(n(y - 3)).append(" L").append(n(mx)).append(' ')
                        .append(n(y + 5)).append(" Z\" class=\"late-marker\"><title>").append(esc(texts.late()))
                        .append("</title></path>");
            }
        }
        out.append("</g>");
    }

    private void axis(StringBuilder out, double height) {
        DateTimeFormatter hm = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).withZone(zone);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(zone);
        out.append("<line x1=\"").append(n(LEFT)).append("\" y1=\"").append(n(TOP)).append("\" x2=\"")
                .append(n(WIDTH - 10)).append("\" y2=\"").append(n(TOP)).append("\" class=\"axis\"/>");
        Instant tick = window.from().truncatedTo(ChronoUnit.HOURS);
        if (tick.isBefore(window.from())) {
            tick = tick.plus(Duration.ofHours(1));
        }
        boolean first = true;
        for (; tick.isBefore(window.to()); tick = tick.plus(zoom.tick)) {
            double tx = x(tick);
            out.append("<line x1=\"").append(n(tx)).append("\" y1=\"").append(n(TOP - 4)).append("\" x2=\"")
                    .append(n(tx)).append("\" y2=\"").append(n(height - 4)).append("\" class=\"grid\"/>");
            // the date on a line of its own above the hours: where the page starts and at midnight
            if (first || tick.atZone(zone).toLocalTime().equals(LocalTime.MIDNIGHT)) {
                text(out, tx + 2, TOP - 24, day.format(tick), "start", "axis-label date");
            }
            text(out, tx + 2, TOP - 8, hm.format(tick), "start", "axis-label");
            first = false;
        }
    }

    private static void rect(StringBuilder out, double x, double y, double w, double h, String cssClass, String title,
            String fill) {
        out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"")
                .append(n(Math.max(0, w))).append("\" height=\"").append(n(h)).append("\" class=\"").append(cssClass)
                .append('"');
        if (fill != null) {
            out.append(" fill=\"").append(fill).append('"');
        }
        out.append("><title>").append(esc(title)).append("</title></rect>");
    }

    private static void text(StringBuilder out, double x, double y, String text, String anchor, String cssClass) {
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"")
                .append(anchor).append("\" class=\"").append(cssClass).append("\">").append(esc(text))
                .append("</text>");
    }

    private static String esc(String s) {
        return SvgDrawing.escape(s);
    }

    static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
