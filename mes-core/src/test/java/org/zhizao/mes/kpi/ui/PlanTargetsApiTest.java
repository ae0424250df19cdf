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
import org.zhizao.mes.support.Api;
import org.zhizao.mes.support.MesTest;

/**
 * {@code GET /api/kpi/targets}: the plan's five targets, the operating cost per good part by the test
 * profile's rates (100 per planned hour, 1 per kWh, 20 per scrapped part).
 */
@MesTest
class PlanTargetsApiTest {

    private static final String STATION = "P1/F2/W2/L1/S02";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theOperatingCostPerGoodPartIsComparedWithTheBaselineAgainstTheThirtyPercentCut() {
        // baseline hour: 40 good, 4 scrap, 10 kWh; current hour: 80 good, 1 scrap, 12 kWh
        new ShopFloorRecordsFixture(jdbc)
                .counted(STATION + "/ROB", 40, 4, Duration.ofMinutes(90))
                .drew(STATION + "/EM", 10, Duration.ofMinutes(80))
                .counted(STATION + "/ROB", 80, 1, Duration.ofMinutes(30))
                .drew(STATION + "/EM", 12, Duration.ofMinutes(20));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        JsonNode targets = Api.local(port).as("manager").get("/api/kpi/targets?code=" + STATION
                + "&baselineFrom=" + at(now.minus(Duration.ofHours(2))) + "&baselineTo=" + at(now.minus(Duration.ofHours(1)))
                + "&from=" + at(now.minus(Duration.ofHours(1))) + "&to=" + at(now) + "&basis=WINDOW").json();

        assertThat(targets).hasSize(5);
        JsonNode cost = targets.get(1);
        assertThat(cost.path("name").asText()).isEqualTo("operatingCost");
        assertThat(cost.path("baseline").asDouble()).isCloseTo((100 + 10 + 4 * 20) / 40.0, within(1e-6));
        assertThat(cost.path("current").asDouble()).isCloseTo((100 + 12 + 20) / 80.0, within(1e-6));
        assertThat(cost.path("change").asDouble()).isCloseTo((132 / 80.0) / (190 / 40.0) - 1, within(1e-6));
        assertThat(cost.path("target").asDouble()).isEqualTo(-0.30);
        assertThat(cost.path("met").asBoolean()).isTrue();
    }

    private static String at(Instant t) {
        return URLEncoder.encode(t.toString(), StandardCharsets.UTF_8);
    }
}
