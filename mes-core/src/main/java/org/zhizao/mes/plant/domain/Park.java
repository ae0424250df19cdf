package org.zhizao.mes.plant.domain;

import java.util.List;

/** An industrial park (ISA-95 enterprise), the root of the plant model; its frame is the world frame. */
public record Park(String code, LocalizedName name, Vector3 size, List<Factory> factories) implements PlantElement {

    public Park {
        factories = List.copyOf(factories);
    }

    @Override
    public ElementKind kind() {
        return ElementKind.PARK;
    }

    @Override
    public List<? extends PlantElement> children() {
        return factories;
    }
}
