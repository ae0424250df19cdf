package org.zhizao.mes.equipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhizao.mes.support.Api;
import org.zhizao.mes.support.MesTest;

/**
 * The station readings the twin shows (latest signals, last inspection, late work, KPI history): a code
 * that names nothing is a 404 naming the code, bad parameters a 400, never an empty answer that looks
 * like an idle station.
 */
@MesTest
class StationReadingsApiTest {

    private static final String STATION = "P1/F1/W1/L1/S01";

    @LocalServerPort
    int port;

    private Api manager() {
        return Api.local(port).as("manager");
    }

    @Test
    void aKnownStationAnswersAndAnUnknownOneIsNamed() {
        Api.Response signals = manager().get("/api/equipment/latest-signals?code=" + STATION);
        assertThat(signals.status()).isEqualTo(200);
        assertThat(signals.json()).isNotEmpty();
        assertThat(signals.json().get(0).get("device").asText()).startsWith(STATION + "/");

        Api.Response unknown = manager().get("/api/equipment/latest-signals?code=P1/F1/W1/L1/S99");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asText()).contains("P1/F1/W1/L1/S99");
    }

    @Test
    void theLastInspectionOfAStationWithoutResultsIsNoContentAndOfAnUnknownStationNotFound() {
        assertThat(manager().get("/api/quality/results/latest?station=P1/F2/W2/L2/S05").status()).isEqualTo(204);
        Api.Response unknown = manager().get("/api/quality/results/latest?station=NOPE");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asText()).contains("NOPE");
    }

    @Test
    void lateWorkIsAskedOfAPlantElementThatExists() {
        assertThat(manager().get("/api/scheduling/late-operations?code=P1/F1").status()).isEqualTo(200);
        Api.Response unknown = manager().get("/api/scheduling/late-operations?code=P9");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asText()).contains("P9");
    }

    @Test
    void kpiHistoryRefusesImpossibleRequests() {
        OffsetDateTime to = OffsetDateTime.now(ZoneOffset.UTC);
        String window = "&from=" + to.minusHours(2) + "&to=" + to;
        Api.Response history = manager().get("/api/kpi/history?code=P1/F1&points=4" + window.replace("+", "%2B"));
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        assertThat(history.json()).hasSize(4);
        assertThat(manager().get("/api/kpi/history?code=P1/F1&points=0" + window.replace("+", "%2B")).status())
                .isEqualTo(400);
        assertThat(manager().get("/api/kpi/history?code=P1/F1&points=4&from=" + to + "&to=" + to.minusHours(1))
                .status()).isEqualTo(400);
    }
}
