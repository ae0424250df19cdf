package org.zhizao.mes.quality.inspection;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.zhizao.mes.quality.domain.SamplingRule;

/** Request bodies for inspection plans and results. */
public final class PlanRequests {

    private PlanRequests() {
    }

    public record NewPlan(@NotBlank @Size(max = 40) String productCode, @NotNull @Min(1) Integer operationSeq,
                          @NotNull @Valid Sampling sampling,
                          @NotEmpty @Size(max = 50) List<@Valid NewCharacteristic> characteristics) {
    }

    public record Sampling(@NotNull SamplingRule.Kind kind, @Min(0) @Max(100_000) Integer n) {
    }

    /**
     * @param subgroupSize      values per SPC subgroup: 1 for an I-MR chart, 2 to 10 X̄-R, 11 to 25 X̄-S
     * @param baselineSubgroups subgroups whose limits the run rules judge later points by (default 20)
     */
    public record NewCharacteristic(@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._-]+") String code,
                                    @NotBlank @Size(max = 200) String name,
                                    @NotNull Characteristic.Kind kind,
                                    Double nominal, Double lsl, Double usl,
                                    @Size(max = 20) String unit,
                                    @Size(max = 100) String gauge,
                                    @Size(max = 30) List<@NotBlank @Size(max = 60) String> allowedDefectCodes,
                                    Boolean required,
                                    @Min(1) @Max(25) Integer subgroupSize,
                                    @Min(2) @Max(100) Integer baselineSubgroups,
                                    Characteristic.Hold holdOnAlert) {
    }

    /** A result: {@code value} for a variable characteristic, {@code passed} and/or defect codes for an attribute. */
    public record NewResult(@NotBlank @Size(max = 40) String characteristic, Double value, Boolean passed,
                            @Size(max = 20) List<@NotBlank @Size(max = 60) String> defectCodes,
                            @Size(max = 200) String unitIdentifier, @Size(max = 500) String note) {
    }

    /**
     * Changes to a characteristic: each value given replaces the current one, each one left out stays. The
     * code, kind, unit and SPC subgrouping cannot change (retire the characteristic and add another).
     */
    public record CharacteristicChange(@Size(max = 200) String name, Double nominal, Double lsl, Double usl,
                                       @Size(max = 20) String unit, @Size(max = 100) String gauge,
                                       @Size(max = 30) List<@NotBlank @Size(max = 60) String> allowedDefectCodes,
                                       Boolean required, Characteristic.Hold holdOnAlert) {
    }

    /** Why something is retired, for the audit trail. */
    public record Retiring(@Size(max = 500) String note) {
    }
}
