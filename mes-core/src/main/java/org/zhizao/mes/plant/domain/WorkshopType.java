package org.zhizao.mes.plant.domain;

/** What a workshop (ISA-95 area) does. */
public enum WorkshopType { MACHINING, WELDING, ASSEMBLY, PAINTING, LOGISTICS, OTHER }
