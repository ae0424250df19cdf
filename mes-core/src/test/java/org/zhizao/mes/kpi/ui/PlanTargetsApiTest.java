package org.zhizao.mes.kpi.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhizao.mes.kpi.domain.OperatingCostRates;
import org.zhizao.mes.support.Api;
import org.zhizao.mes.support.MesTest;

/**
 * {@code GET /api/kpi/targets}: the plan's five targets, the operating cost per good part by the configured
 * rates (the demo profile's).
 */
@MesTest
class PlanTargetsApiTest {

    private static final String STATION = "P1/F2/W2/L1/S02";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OperatingCostRates rates;

    @Test
    void theOperatingCostPerGoodPartIsComparedWithTheBaselineAgainstTheThirtyPercentCut() {
        // baseline hour: 40 good, 4 scrap, 10 kWh; current hour: 80 good, 1 scrap, 12 kWh
        new ShopFloorRecordsFixture(jdbc)
                .counted(STATION + "/ROB", 40, 4, Duration.ofMinutes(90))
                .drew(STATION + "/EM", 10, Duration.ofMinutes(80))
                .counted(STATION + "/ROB", 80, 1, Duration.ofMinutes(30))
                .drew(STATION + "/EM", 12, Duration.ofMinutes(20));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant hourAgo = now.minus(Duration.ofHours(1));
        Instant twoHoursAgo = now.minus(Duration.ofHours(2));
        Api manager = Api.local(port).as("manager");
        JsonNode targets = manager.get("/api/kpi/targets?code=" + STATION + "&baselineFrom=" + at(twoHoursAgo)
                + "&baselineTo=" + at(hourAgo) + "&from=" + at(hourAgo) + "&to=" + at(now) + "&basis=WINDOW").json();

        assertThat(rates.configured()).isTrue();
        assertThat(targets).hasSize(5);
        JsonNode cost = targets.get(1);
        assertThat(cost.path("name").asText()).isEqualTo("operatingCost");
        // the rates applied to the station's own elements over each window, as /api/kpi reports them
        double baseline = costPerGoodPart(manager, twoHoursAgo, hourAgo, 40, 4);
        double current = costPerGoodPart(manager, hourAgo, now, 80, 1);
        assertThat(cost.path("baseline").asDouble()).isCloseTo(baseline, within(1e-6));
        assertThat(cost.path("current").asDouble()).isCloseTo(current, within(1e-6));
        assertThat(cost.path("change").asDouble()).isCloseTo(current / baseline - 1, within(1e-6));
        assertThat(cost.path("target").asDouble()).isEqualTo(-0.30);
        assertThat(cost.path("met").asBoolean()).isEqualTo(current / baseline - 1 <= -0.30);
    }

    /** The configured rates over the window's elements. */
    private double costPerGoodPart(Api manager, Instant from, Instant to, int goodAtLeast, int scrapAtLeast) {
        JsonNode in = manager.get("/api/kpi?code=" + STATION + "&from=" + at(from) + "&to=" + at(to)
                + "&basis=WINDOW").json().path("inputs");
        long good = in.path("produced").asLong() - in.path("scrap").asLong();
        assertThat(good).isGreaterThanOrEqualTo(goodAtLeast);
        assertThat(in.path("scrap").asLong()).isGreaterThanOrEqualTo(scrapAtLeast);
        double hours = Duration.parse(in.path("plannedBusyTime").asText()).toMillis() / 3_600_000.0;
        assertThat(hours).isEqualTo(1.0);
        return (hours * rates.perPlannedHour() + in.path("energyKwh").asDouble() * rates.perKwh()
                + in.path("scrap").asLong() * rates.perScrapPart()) / good;
    }

    private static String at(Instant t) {
        return URLEncoder.encode(t.toString(), StandardCharsets.UTF_8);
    }
}
