package org.zhizao.twin.scene;

/** The five tiers of the plant (ISA-95 enterprise, site, area, work center, work unit). */
public enum Tier {
    PARK, FACTORY, WORKSHOP, LINE, STATION;

    /** The tier of a layout element kind, or null for kinds that are not a tier (AGV, AGV_PATH, EQUIPMENT). */
    public static Tier ofKind(String kind) {
        for (Tier t : values()) {
            if (t.name().equals(kind)) {
                return t;
            }
        }
        return null;
    }
}
