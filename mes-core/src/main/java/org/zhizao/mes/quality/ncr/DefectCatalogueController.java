package org.zhizao.mes.quality.ncr;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.zhizao.mes.quality.domain.Severity;
import org.zhizao.mes.security.Access;

/** Editing and retiring defect codes of the catalogue (defining them is in {@link NcrController}). */
@RestController
class DefectCatalogueController {

    /** The name and severity to set; one left out stays. */
    record DefectCodeChange(@Size(min = 1, max = 200) String name, Severity severity) {
    }

    record Retiring(@Size(max = 500) String note) {
    }

    private final DefectCatalogue catalogue;

    DefectCatalogueController(DefectCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @PutMapping("/api/quality/defect-codes/{code}")
    @PreAuthorize(Access.PLAN)
    NcrController.DefectCodeView revise(@PathVariable String code, @Valid @RequestBody DefectCodeChange request) {
        return NcrController.DefectCodeView.of(catalogue.revise(code, request.name(), request.severity()));
    }

    /** Retires the code: no new defects with it or under it; the defects recorded keep it. */
    @PostMapping("/api/quality/defect-codes/{code}/retirement")
    @PreAuthorize(Access.PLAN)
    NcrController.DefectCodeView retire(@PathVariable String code,
            @Valid @RequestBody(required = false) Retiring request) {
        return NcrController.DefectCodeView.of(catalogue.retire(code, request == null ? null : request.note()));
    }
}
