package org.zhizao.mes.plant.yaml;

import org.zhizao.mes.plant.domain.Vector3;

/** Numbers written the way people write them in the plant file: {@code 18}, not {@code 18.0}. */
final class Numbers {

    private Numbers() {
    }

    static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }

    static String format(Vector3 v) {
        return "(" + format(v.x()) + ", " + format(v.y()) + ", " + format(v.z()) + ")";
    }
}
