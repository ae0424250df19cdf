package org.zhizao.mes.plant;

/**
 * A plant file was imported and replaced the stored plant model.
 *
 * @param parkCode the park's code
 * @param file     the name of the imported file
 * @param stations how many stations the park has now
 */
public record PlantModelImported(String parkCode, String file, int stations) {
}
