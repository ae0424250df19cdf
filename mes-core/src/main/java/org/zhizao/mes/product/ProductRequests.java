package org.zhizao.mes.product;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** The request bodies of the product API. */
final class ProductRequests {

    private ProductRequests() {
    }

    record NewProduct(
            @NotNull @Pattern(regexp = "[A-Z0-9][A-Z0-9._-]{1,39}",
                    message = "must be 2 to 40 capital letters, digits, '.', '_' or '-'") String code,
            @NotBlank @Size(max = 200) String nameZh,
            @NotBlank @Size(max = 200) String nameEn,
            @NotBlank @Size(max = 60) String family,
            @Valid @Size(max = 200) List<BomLineRequest> bom,
            @Valid @Size(max = 100) List<OperationRequest> routing) {
    }

    record RoutingRequest(@NotEmpty @Valid @Size(max = 100) List<OperationRequest> operations) {
    }

    record BomRequest(@NotNull @Valid @Size(max = 200) List<BomLineRequest> lines) {
    }

    record OperationRequest(
            @NotNull @Pattern(regexp = "[A-Z][A-Z_]{1,39}", message = "must be an operation type such as TURNING")
            String operationType,
            @Size(max = 200) String description,
            @NotEmpty(message = "must name at least one eligible station") @Valid @Size(max = 50)
            List<StationTime> stations,
            @Valid @Size(max = 100) List<StepRequest> steps) {
    }

    record StationTime(
            @NotBlank @Size(max = 100) String stationCode,
            @NotNull @PositiveOrZero @DecimalMin(value = "0") Double setupMinutes,
            @NotNull @Positive Double minutesPerUnit) {
    }

    /** {@code required} defaults to true, {@code qualityCheck} to false. */
    record StepRequest(@NotBlank @Size(max = 500) String instruction, Boolean required, Boolean qualityCheck) {
    }

    record BomLineRequest(
            @NotBlank @Size(max = 60) String componentCode,
            @NotBlank @Size(max = 200) String componentName,
            @NotNull @Positive @Digits(integer = 10, fraction = 4) BigDecimal quantity,
            @NotBlank @Size(max = 20) String unit) {
    }
}
