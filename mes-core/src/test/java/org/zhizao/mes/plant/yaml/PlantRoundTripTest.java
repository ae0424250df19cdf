package org.zhizao.mes.plant.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhizao.mes.plant.PlantFixture;
import org.zhizao.mes.plant.domain.ElementKind;
import org.zhizao.mes.plant.domain.PlantModel;

class PlantRoundTripTest {

    @Test
    void theDemoParkHasTheTiersThePlanAsksFor() {
        PlantModel demo = PlantYamlReader.read(PlantFixture.DEMO, PlantFixture.demoYaml());
        assertThat(demo.ofKind(ElementKind.FACTORY)).hasSize(2);
        assertThat(demo.ofKind(ElementKind.WORKSHOP)).hasSize(4);
        assertThat(demo.ofKind(ElementKind.LINE)).hasSize(8);
        assertThat(demo.ofKind(ElementKind.STATION)).hasSize(40);
        assertThat(demo.ofKind(ElementKind.AGV)).hasSize(6);
        assertThat(demo.calendars()).hasSize(2);
    }

    @Test
    void exportingTheDemoParkAndLoadingItAgainGivesTheSameModel() {
        PlantModel demo = PlantYamlReader.read(PlantFixture.DEMO, PlantFixture.demoYaml());
        String exported = PlantYamlWriter.write(demo);
        PlantModel again = PlantYamlReader.read("exported.yaml", exported);
        assertThat(again).isEqualTo(demo);
        assertThat(PlantYamlWriter.write(again)).isEqualTo(exported);
    }
}
