package org.zhizao.mes.plant.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhizao.mes.plant.PlantDirectory;
import org.zhizao.mes.support.MesTest;

/** Other modules find every bound device of the plant with its binding, station and workshop. */
@MesTest
class BoundDevicesTest {

    @Autowired
    PlantDirectory directory;

    @Test
    void everyEquipmentItemAndAgvWithABindingIsListed() {
        assertThat(directory.boundDevices()).hasSize(86);
        PlantDirectory.BoundDevice lathe = directory.boundDevices().stream()
                .filter(d -> d.code().equals("P1/F1/W1/L1/S01/CNC")).findFirst().orElseThrow();
        assertThat(lathe).isEqualTo(new PlantDirectory.BoundDevice("P1/F1/W1/L1/S01/CNC", "CNC_MACHINE_TOOL",
                "P1/F1/W1/L1/S01", "P1/F1/W1", "opc.tcp://localhost:4840/zhizao", "cnc-machine-tool",
                "nsu=urn:zhizao:plant-simulator;s=P1/F1/W1/L1/S01/CNC", lathe.ratedPowerKw()));
        PlantDirectory.BoundDevice agv = directory.boundDevices().stream()
                .filter(d -> d.code().equals("P1/F1/W1/AGV1")).findFirst().orElseThrow();
        assertThat(agv.type()).isEqualTo("AGV");
        assertThat(agv.stationCode()).isNull();
        assertThat(agv.workshopCode()).isEqualTo("P1/F1/W1");
    }
}
