package org.zhizao.mes.plant.domain;

import java.util.List;

/** A key workstation (ISA-95 work unit): what it can do, the equipment it holds, its planned maintenance. */
public record Station(String code, LocalizedName name, StationType type, Vector3 position, Vector3 size,
                      List<String> operations, List<Equipment> equipment, List<MaintenanceWindow> maintenance) implements PlantElement {

    public Station {
        operations = List.copyOf(operations);
        equipment = List.copyOf(equipment);
        maintenance = List.copyOf(maintenance);
    }

    @Override
    public ElementKind kind() {
        return ElementKind.STATION;
    }

    @Override
    public List<? extends PlantElement> children() {
        return equipment;
    }
}
