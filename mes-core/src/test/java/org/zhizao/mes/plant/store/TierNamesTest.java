package org.zhizao.mes.plant.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhizao.mes.plant.PlantDirectory;
import org.zhizao.mes.support.MesTest;

/** Other modules name the park, factories, workshops and lines of the plant in both languages. */
@MesTest
class TierNamesTest {

    @Autowired
    PlantDirectory directory;

    @Test
    void theTiersAboveTheStationsAreNamedInPlantFileOrder() {
        // the demo park: 1 park, 2 factories, 4 workshops, 8 lines; no stations, equipment or AGVs
        assertThat(directory.tierNames()).hasSize(15);
        assertThat(directory.tierNames().get(0))
                .isEqualTo(new PlantDirectory.TierName("P1", "苏州智造产业园", "Suzhou Zhizao Industrial Park"));
        assertThat(directory.tierNames()).contains(
                new PlantDirectory.TierName("P1/F2/W2", "涂装车间", "Painting Workshop"),
                new PlantDirectory.TierName("P1/F1/W1/L2", "数控机加工2线", "CNC Machining line 2"));
        assertThat(directory.tierNames()).noneMatch(n -> n.code().endsWith("/S01") || n.code().contains("AGV"));
    }
}
