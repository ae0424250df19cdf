package org.zhizao.mes.scheduling.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zhizao.mes.scheduling.ui.GanttChart.Bar;
import org.zhizao.mes.scheduling.ui.GanttChart.Shade;
import org.zhizao.mes.scheduling.ui.GanttChart.Window;
import org.zhizao.mes.scheduling.ui.GanttChart.Zoom;

class GanttChartTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final Instant DAY = Instant.parse("2027-01-11T06:00:00Z");
    private static final GanttChart.Texts TEXTS = new GanttChart.Texts("empty", "late", "setup", "off", "down", "now");
    private static final List<String> STATIONS = List.of("W1/L1/S01", "W1/L1/S02");

    /** A day from 06:00: 1020 plot units over 24 h, so one hour is 42.5 units from x = 170. */
    private final GanttChart chart = new GanttChart(Zoom.DAY, Window.of(Zoom.DAY, DAY, UTC, 0), UTC);

    private static Bar bar(String order, String station, String from, String to, long setup, boolean late) {
        return new Bar(order.hashCode(), order + "/10", order, station, Instant.parse("2027-01-11T" + from + ":00Z"),
                Instant.parse("2027-01-11T" + to + ":00Z"), setup, late, false);
    }

    @Test
    void everyStationGetsARowInTheGivenOrder() {
        String svg = chart.svg(STATIONS, List.of(), List.of(), null, TEXTS);
        assertThat(attributes(svg, "data-row")).containsExactly("W1/L1/S01", "W1/L1/S02");
    }

    @Test
    void aBarSitsAtItsStartAndIsAsLongAsItsOperationInItsStationsRow() {
        String svg = chart.svg(STATIONS, List.of(bar("PO-7", "W1/L1/S02", "08:00", "11:00", 0, false)), List.of(),
                null, TEXTS);
        String group = group(svg, "data-order=\"PO-7\"");
        assertThat(group).contains("data-station=\"W1/L1/S02\"");
        Matcher rect = Pattern.compile("<rect x=\"([\\d.]+)\" y=\"([\\d.]+)\" width=\"([\\d.]+)\"[^>]*class=\"bar\"")
                .matcher(group);
        assertThat(rect.find()).isTrue();
        assertThat(Double.parseDouble(rect.group(1))).isCloseTo(170 + 2 * 42.5, within(0.11));
        assertThat(Double.parseDouble(rect.group(3))).isCloseTo(3 * 42.5, within(0.11));
        assertThat(Double.parseDouble(rect.group(2))).isCloseTo(GanttChart.TOP + GanttChart.ROW + 5, within(0.11));
        assertThat(group).contains("fill=\"" + GanttChart.colour("PO-7") + "\"").contains(">PO-7</text>");
    }

    @Test
    void theChangeoverIsAHatchedSegmentRightBeforeTheBar() {
        String svg = chart.svg(STATIONS, List.of(bar("PO-8", "W1/L1/S01", "10:00", "12:00", 60, false)), List.of(),
                null, TEXTS);
        Matcher setup = Pattern.compile("<rect x=\"([\\d.]+)\" y=\"[\\d.]+\" width=\"([\\d.]+)\"[^>]*class=\"setup\"")
                .matcher(group(svg, "data-order=\"PO-8\""));
        assertThat(setup.find()).isTrue();
        assertThat(Double.parseDouble(setup.group(1))).isCloseTo(170 + 3 * 42.5, within(0.11));
        assertThat(Double.parseDouble(setup.group(2))).isCloseTo(42.5, within(0.11));
        assertThat(svg).contains("<pattern id=\"gantt-hatch\"");
    }

    @Test
    void unavailableTimeIsTheGapsBetweenAvailableIntervalsAndIsShadedInItsRow() {
        List<Instant[]> available = List.of(
                new Instant[] {Instant.parse("2027-01-11T06:00:00Z"), Instant.parse("2027-01-11T10:00:00Z")},
                new Instant[] {Instant.parse("2027-01-11T10:30:00Z"), Instant.parse("2027-01-11T22:00:00Z")});
        List<Instant[]> gaps = GanttChart.gaps(available, DAY, DAY.plusSeconds(86_400));
        assertThat(gaps).extracting(g -> g[0] + "/" + g[1]).containsExactly(
                "2027-01-11T10:00:00Z/2027-01-11T10:30:00Z", "2027-01-11T22:00:00Z/2027-01-12T06:00:00Z");

        List<Shade> shades = new ArrayList<>();
        gaps.forEach(g -> shades.add(new Shade("W1/L1/S01", g[0], g[1], false)));
        shades.add(new Shade("W1/L1/S02", Instant.parse("2027-01-11T12:00:00Z"),
                Instant.parse("2027-01-11T14:00:00Z"), true));
        String svg = chart.svg(STATIONS, List.of(), shades, null, TEXTS);
        assertThat(group(svg, "data-row=\"W1/L1/S01\"")).containsPattern(
                "<rect x=\"" + GanttChart.n(170 + 4 * 42.5) + "\" y=\"[\\d.]+\" width=\"" + GanttChart.n(0.5 * 42.5)
                        + "\"[^>]*class=\"unavailable\"");
        assertThat(count(group(svg, "data-row=\"W1/L1/S01\""), "class=\"unavailable\"")).isEqualTo(2);
        assertThat(group(svg, "data-row=\"W1/L1/S02\"")).contains("class=\"down\"").doesNotContain("unavailable");
    }

    @Test
    void aLateOrdersBarIsOutlinedAndMarked() {
        String svg = chart.svg(STATIONS, List.of(bar("PO-9", "W1/L1/S01", "08:00", "09:00", 0, true),
                bar("PO-10", "W1/L1/S01", "09:00", "10:00", 0, false)), List.of(), null, TEXTS);
        assertThat(group(svg, "data-order=\"PO-9\"")).contains("class=\"bar late\"").contains("class=\"late-marker\"");
        assertThat(group(svg, "data-order=\"PO-10\"")).doesNotContain("late");
    }

    @Test
    void aShiftPageCoversEightHoursFromAShiftChangeAndPagesMoveByAShift() {
        Instant afternoon = Instant.parse("2027-01-11T15:20:00Z");
        assertThat(Window.of(Zoom.SHIFT, afternoon, UTC, 0)).isEqualTo(new Window(
                Instant.parse("2027-01-11T14:00:00Z"), Instant.parse("2027-01-11T22:00:00Z")));
        assertThat(Window.of(Zoom.SHIFT, afternoon, UTC, 1).from()).isEqualTo(Instant.parse("2027-01-11T22:00:00Z"));
        assertThat(Window.of(Zoom.SHIFT, Instant.parse("2027-01-12T03:00:00Z"), UTC, 0).from())
                .isEqualTo(Instant.parse("2027-01-11T22:00:00Z"));
        assertThat(Window.of(Zoom.DAY, afternoon, UTC, -1)).isEqualTo(new Window(
                Instant.parse("2027-01-10T06:00:00Z"), Instant.parse("2027-01-11T06:00:00Z")));
    }

    @Test
    void onlyWhatFallsInTheWindowIsDrawnAndTheNowLineWhereThePresentIs() {
        GanttChart shift = new GanttChart(Zoom.SHIFT, Window.of(Zoom.SHIFT, DAY, UTC, 0), UTC);
        String svg = shift.svg(STATIONS, List.of(bar("PO-11", "W1/L1/S01", "07:00", "08:00", 0, false),
                bar("PO-12", "W1/L1/S01", "15:00", "16:00", 0, false)), List.of(),
                Instant.parse("2027-01-11T10:00:00Z"), TEXTS);
        assertThat(attributes(svg, "data-order")).containsExactly("PO-11");
        assertThat(svg).containsPattern("<line x1=\"" + GanttChart.n(170 + 1020 / 2.0) + "\"[^>]*class=\"now\"");
        assertThat(count(svg, "class=\"grid\"")).isEqualTo(8);
        assertThat(shift.svg(List.of(), List.of(), List.of(), null, TEXTS)).contains(">empty</text>");
    }

    private static List<String> attributes(String svg, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(svg);
        List<String> values = new ArrayList<>();
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }

    /** A bar's group, or a station's row up to the next row. */
    private static String group(String svg, String attribute) {
        int at = svg.indexOf(attribute);
        assertThat(at).as(attribute).isPositive();
        int start = svg.lastIndexOf("<g", at);
        if (!attribute.startsWith("data-row")) {
            return svg.substring(start, svg.indexOf("</g>", at));
        }
        int next = svg.indexOf("class=\"gantt-row\"", at);
        return svg.substring(start, next < 0 ? svg.length() : next);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
