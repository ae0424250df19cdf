package org.zhizao.mes.plant.domain;

import java.util.List;

/** A production line (ISA-95 work center) and its stations. */
public record Line(String code, LocalizedName name, Vector3 position, Vector3 size, List<Station> stations) implements PlantElement {

    public Line {
        stations = List.copyOf(stations);
    }

    @Override
    public ElementKind kind() {
        return ElementKind.LINE;
    }

    @Override
    public List<? extends PlantElement> children() {
        return stations;
    }
}
