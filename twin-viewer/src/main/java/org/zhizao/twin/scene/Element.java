package org.zhizao.twin.scene;

import java.util.List;

/**
 * One element of the plant layout.
 *
 * @param world     its south-west floor corner in the park's frame
 * @param size      its extent, or {@link Vec3#ZERO} for elements without one (AGVs, paths)
 * @param waypoints a path's waypoints in its workshop's frame (empty for anything else)
 */
public record Element(String code, String kind, String type, String parentCode, String nameZh, String nameEn,
                      Vec3 world, Vec3 size, List<double[]> waypoints, String homePath) {

    public Element {
        waypoints = waypoints == null ? List.of() : List.copyOf(waypoints);
        size = size == null ? Vec3.ZERO : size;
    }

    public Tier tier() {
        return Tier.ofKind(kind);
    }

    /** The centre of its box in the park's frame. */
    public Vec3 centre() {
        return new Vec3(world.x() + size.x() / 2, world.y() + size.y() / 2, world.z() + size.z() / 2);
    }

    public String name(boolean chinese) {
        String n = chinese ? nameZh : nameEn;
        return n == null || n.isBlank() ? (nameEn == null ? code : nameEn) : n;
    }
}
