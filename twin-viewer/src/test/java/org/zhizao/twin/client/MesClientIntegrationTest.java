package org.zhizao.twin.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.zhizao.twin.scene.LiveEvent;
import org.zhizao.twin.scene.LiveState;
import org.zhizao.twin.scene.PlantLayout;
import org.zhizao.twin.scene.Tier;
import org.zhizao.twin.support.MesServer;

/** Against the packaged mes-core with the demo plant and its simulator. */
class MesClientIntegrationTest {

    private final MesClient client = new MesClient(MesServer.get().url(), "manager", "demo");

    @Test
    void theDemoParkLayoutHasEveryTierWithNamesInBothLanguages() throws Exception {
        PlantLayout layout = client.layout();
        assertThat(layout.get(layout.park()).tier()).isEqualTo(Tier.PARK);
        assertThat(layout.all()).extracting(e -> e.tier()).contains(Tier.FACTORY, Tier.WORKSHOP, Tier.LINE,
                Tier.STATION);
        assertThat(layout.all()).anyMatch(e -> "AGV".equals(e.kind()));
        assertThat(layout.get("P1/F1").name(true)).isNotEqualTo(layout.get("P1/F1").name(false));
    }

    @Test
    void aWrongPasswordIsRefused() {
        MesClient wrong = new MesClient(MesServer.get().url(), "manager", "nope");
        assertThatThrownBy(wrong::layout).hasMessageContaining("401");
    }

    @Test
    void theLiveStreamDeliversMachineStatesOfTheSimulatedPlant() throws Exception {
        PlantLayout layout = client.layout();
        List<LiveEvent> events = new CopyOnWriteArrayList<>();
        List<LiveConnection.Status> statuses = new CopyOnWriteArrayList<>();
        try (LiveConnection live = new LiveConnection(client, events::addAll, s -> statuses.add(s.status()))) {
            live.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline
                    && !(events.stream().anyMatch(e -> e.type().equals("state"))
                    && events.stream().anyMatch(e -> e.type().equals("agv")))) {
                Thread.sleep(100);
            }
        }
        assertThat(statuses).contains(LiveConnection.Status.CONNECTED);
        LiveState state = new LiveState();
        events.forEach(state::apply);
        assertThat(state.devices().values()).anyMatch(d -> layout.get(d.station()) != null);
        assertThat(state.agvs()).isNotEmpty();
    }
}
