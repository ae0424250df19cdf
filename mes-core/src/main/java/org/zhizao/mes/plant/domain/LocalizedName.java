package org.zhizao.mes.plant.domain;

/** An element's name in Chinese and in English. */
public record LocalizedName(String zh, String en) {
}
