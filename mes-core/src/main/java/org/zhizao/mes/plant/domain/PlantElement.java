package org.zhizao.mes.plant.domain;

import java.util.List;

/** Anything in the plant model with a code: the five tiers, equipment, AGVs and their paths. */
public sealed interface PlantElement permits Park, Factory, Workshop, Line, Station, Equipment, Agv, AgvPath {

    /** Full code, the path of local codes from the park down, e.g. {@code P1/F1/W2/L3/S04}. */
    String code();

    LocalizedName name();

    ElementKind kind();

    /** The element's own code within its parent, e.g. {@code S04}. */
    default String localCode() {
        return code().substring(code().lastIndexOf('/') + 1);
    }

    /** Direct children in file order: factories, workshops, lines (then paths and AGVs), stations, equipment. */
    default List<? extends PlantElement> children() {
        return List.of();
    }
}
