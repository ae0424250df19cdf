/**
 * The live shop floor: an OPC UA adapter connection for every device bound in the plant model, each
 * device's state mapped to an MES availability state and stored as intervals, downtime classified with
 * a reason tree, alarms acknowledged, machine counts credited to the running operation, jobs and AGV
 * missions sent to the devices, signal history downsampled. Other modules read
 * {@link org.zhizao.mes.equipment.EquipmentHistory} and {@link org.zhizao.mes.equipment.EquipmentFeed}.
 */
package org.zhizao.mes.equipment;
