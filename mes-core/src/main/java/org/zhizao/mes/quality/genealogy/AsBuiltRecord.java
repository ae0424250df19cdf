package org.zhizao.mes.quality.genealogy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What the resolver answers for an identifier: the unit's order and product, every operation of the order
 * with station, operators, times and the process values its station's machines recorded while it ran, the
 * measurements and defects recorded on the unit, the dispositions
 * of its nonconformance reports, and the material lots it consumed.
 */
record AsBuiltRecord(String identifier, String kind, int quantity, Instant identifiedAt, Order order,
                     List<Operation> operations, List<Measurement> measurements, List<Defect> defects,
                     List<Disposition> dispositions, List<Material> materials) {

    record Order(long id, String number, String productCode, String status) {
    }

    record Operation(long id, String code, int seq, String stationCode, String status, List<String> operators,
                     Instant startedAt, Instant finishedAt, int goodQuantity, int scrapQuantity,
                     List<ProcessValue> processValues) {
    }

    /**
     * A machine signal over the operation (minute resolution): sample count, min, max, mean and last value, in
     * the signal's engineering unit (null when its device template gives none).
     */
    record ProcessValue(String equipmentCode, String signal, String unit, long count, double min, double max,
                        double mean, double last, Instant firstMinute, Instant lastMinute) {
    }

    record Measurement(String operationCode, String characteristic, Double value, String unit, boolean passed,
                       List<String> defectCodes, String inspector, String stationCode, Instant recordedAt) {
    }

    record Defect(String defectCode, String operationCode, String stationCode, String operator, int quantity,
                  Instant recordedAt) {
    }

    record Disposition(String ncrNumber, String status, String disposition, String proposedBy, String approvedBy) {
    }

    record Material(String componentCode, String materialLot, BigDecimal quantity, String unit) {
    }
}
