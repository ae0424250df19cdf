package org.zhizao.mes.plant.domain;

/** Who made a device and which one it is; every field is optional (null). */
public record Identification(String manufacturer, String model, String serialNumber) {

    public static final Identification NONE = new Identification(null, null, null);
}
