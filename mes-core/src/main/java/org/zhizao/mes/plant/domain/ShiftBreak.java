package org.zhizao.mes.plant.domain;

import java.time.LocalTime;

/** A break in a shift, times of day; a break of a night shift may lie after midnight. */
public record ShiftBreak(LocalTime start, LocalTime end) {
}
