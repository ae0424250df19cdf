package org.zhizao.mes.plant.domain;

import java.util.Optional;

/** Position and size of elements that have them; equipment sits at its station, paths are polylines. */
public final class PlantGeometry {

    private PlantGeometry() {
    }

    /** Position in the parent's frame; the park, equipment, AGVs and paths sit at the parent's origin. */
    public static Vector3 position(PlantElement element) {
        if (element instanceof Factory f) {
            return f.position();
        } else if (element instanceof Workshop w) {
            return w.position();
        } else if (element instanceof Line l) {
            return l.position();
        } else if (element instanceof Station s) {
            return s.position();
        }
        return Vector3.ORIGIN;
    }

    public static Optional<Vector3> size(PlantElement element) {
        if (element instanceof Park p) {
            return Optional.of(p.size());
        } else if (element instanceof Agv a) {
            return Optional.of(a.size());
        } else if (element instanceof Factory || element instanceof Workshop || element instanceof Line
                || element instanceof Station) {
            return Optional.of(sizeOfTier(element));
        }
        return Optional.empty();
    }

    private static Vector3 sizeOfTier(PlantElement element) {
        if (element instanceof Factory f) {
            return f.size();
        } else if (element instanceof Workshop w) {
            return w.size();
        } else if (element instanceof Line l) {
            return l.size();
        }
        return ((Station) element).size();
    }
}
