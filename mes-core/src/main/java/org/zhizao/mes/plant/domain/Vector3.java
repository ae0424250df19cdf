package org.zhizao.mes.plant.domain;

/** A position or a size in metres: {@code x} east, {@code y} north, {@code z} up. */
public record Vector3(double x, double y, double z) {

    public static final Vector3 ORIGIN = new Vector3(0, 0, 0);

    public Vector3 plus(Vector3 other) {
        return new Vector3(x + other.x, y + other.y, z + other.z);
    }

    public boolean isPositive() {
        return x > 0 && y > 0 && z > 0;
    }

    /** Whether a box at {@code position} with {@code size} lies inside a box of this size at the origin. */
    public boolean contains(Vector3 position, Vector3 size) {
        return position.x >= 0 && position.y >= 0 && position.z >= 0
                && position.x + size.x <= x && position.y + size.y <= y && position.z + size.z <= z;
    }
}
