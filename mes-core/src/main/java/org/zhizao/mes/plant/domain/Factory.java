package org.zhizao.mes.plant.domain;

import java.util.List;

/** A factory (ISA-95 site) of the park. */
public record Factory(String code, LocalizedName name, Vector3 position, Vector3 size, List<Workshop> workshops) implements PlantElement {

    public Factory {
        workshops = List.copyOf(workshops);
    }

    @Override
    public ElementKind kind() {
        return ElementKind.FACTORY;
    }

    @Override
    public List<? extends PlantElement> children() {
        return workshops;
    }
}
