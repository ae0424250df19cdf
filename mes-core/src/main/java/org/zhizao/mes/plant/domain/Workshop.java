package org.zhizao.mes.plant.domain;

import java.util.List;

/** A workshop (ISA-95 area): its lines, its AGVs and their paths, and the calendar it works to. */
public record Workshop(String code, LocalizedName name, WorkshopType type, String calendar, Vector3 position,
                       Vector3 size, List<Line> lines, List<AgvPath> paths, List<Agv> agvs) implements PlantElement {

    public Workshop {
        lines = List.copyOf(lines);
        paths = List.copyOf(paths);
        agvs = List.copyOf(agvs);
    }

    @Override
    public ElementKind kind() {
        return ElementKind.WORKSHOP;
    }

    @Override
    public List<PlantElement> children() {
        List<PlantElement> all = new java.util.ArrayList<>(lines);
        all.addAll(paths);
        all.addAll(agvs);
        return all;
    }
}
