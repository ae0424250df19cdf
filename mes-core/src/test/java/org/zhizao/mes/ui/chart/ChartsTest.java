package org.zhizao.mes.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ChartsTest {

    @Test
    void paretoBarsFallFromTheLargestAndTheCumulativeLineEndsAtTheTop() {
        String svg = ParetoChart.svg(List.of(new ParetoChart.Bar("SCRATCH", 2, "2"),
                new ParetoChart.Bar("OVERSIZE", 7, "7"), new ParetoChart.Bar("BURR", 1, "1")), "none");
        assertThat(svg.indexOf("data-label=\"OVERSIZE\"")).isLessThan(svg.indexOf("data-label=\"SCRATCH\""));
        assertThat(svg.indexOf("data-label=\"SCRATCH\"")).isLessThan(svg.indexOf("data-label=\"BURR\""));
        Matcher line = Pattern.compile("class=\"cumulative\"").matcher(svg);
        assertThat(line.find()).isTrue();
        // the last cumulative point sits on the 100% line (top of the plot at y=20)
        assertThat(svg).contains(",20.0 \"");
    }

    @Test
    void anEmptyParetoSaysSoInsteadOfDrawingNothing() {
        assertThat(ParetoChart.svg(List.of(), "No defects")).contains(">No defects<").doesNotContain("data-label");
    }

    @Test
    void trendPointsBreakingARuleAreFlaggedAndReferencesAreDrawn() {
        String svg = TrendChart.svg(List.of(new TrendChart.Point("1", 10.01, false),
                        new TrendChart.Point("2", 10.09, true), new TrendChart.Point("3", 10.00, false)),
                List.of(new TrendChart.Reference("UCL", 10.06, "limit"), new TrendChart.Reference("CL", 10.01, "centre")),
                "none");
        assertThat(Pattern.compile("class=\"point flagged\"").matcher(svg).results().count()).isEqualTo(1);
        assertThat(svg).contains("class=\"reference limit\"").contains(">UCL<").contains(">CL<")
                .contains("<title>2: 10.09</title>");
    }

    @Test
    void aTrendOfRatesNearZeroKeepsItsAxisAtZero() {
        String svg = TrendChart.svg(List.of(new TrendChart.Point("a", 0, false),
                new TrendChart.Point("b", 0.0172, false)), List.of(), "none");
        assertThat(svg).contains(">0<").doesNotContain(">-");
    }

    @Test
    void textIsEscaped() {
        String svg = ParetoChart.svg(List.of(new ParetoChart.Bar("<script>&\"", 1, "1")), "none");
        assertThat(svg).contains("&lt;script&gt;&amp;&quot;").doesNotContain("<script>");
    }

    @Test
    void axisNumbersAreShort() {
        assertThat(TrendChart.num(0.018609)).isEqualTo("0.01861");
        assertThat(TrendChart.num(1e-12)).isEqualTo("0");
        assertThat(TrendChart.num(40.0)).isEqualTo("40");
        assertThat(TrendChart.num(-3.14159)).isEqualTo("-3.142");
    }
}
