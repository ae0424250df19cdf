package org.zhizao.mes.plant.domain;

/**
 * An automated guided vehicle of a workshop.
 *
 * @param homePath full code of the path it drives on by default
 * @param maxSpeed metres per second
 */
public record Agv(String code, LocalizedName name, Identification identification, String homePath, Vector3 size,
                  double maxSpeed, OpcUaBinding binding) implements PlantElement {
    @Override
    public ElementKind kind() {
        return ElementKind.AGV;
    }
}
