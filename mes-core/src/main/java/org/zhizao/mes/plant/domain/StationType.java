package org.zhizao.mes.plant.domain;

/** The kind of a station (ISA-95 work unit). */
public enum StationType { CNC_CELL, ROBOT_CELL, PLC_STATION, MANUAL_STATION }
