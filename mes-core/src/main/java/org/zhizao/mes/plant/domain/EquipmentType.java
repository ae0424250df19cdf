package org.zhizao.mes.plant.domain;

/** The kind of a piece of equipment in a station. */
public enum EquipmentType { CNC_MACHINE_TOOL, ROBOT, PLC_STATION, ENERGY_METER }
