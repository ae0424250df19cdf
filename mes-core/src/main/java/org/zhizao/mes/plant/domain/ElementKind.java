package org.zhizao.mes.plant.domain;

/** The tiers of the plant model (ISA-95 level in brackets) and the things that live in them. */
public enum ElementKind {
    /** Industrial park (enterprise). */
    PARK,
    /** Factory (site). */
    FACTORY,
    /** Workshop (area). */
    WORKSHOP,
    /** Production line (work center). */
    LINE,
    /** Key workstation (work unit). */
    STATION,
    EQUIPMENT,
    AGV,
    AGV_PATH
}
