package org.zhizao.mes.plant.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhizao.mes.plant.catalog.PlantCatalog;
import org.zhizao.mes.plant.domain.ElementKind;
import org.zhizao.mes.plant.domain.PlantModel;
import org.zhizao.mes.plant.domain.Station;
import org.zhizao.mes.plant.web.PlantViews.ElementDetail;
import org.zhizao.mes.plant.web.PlantViews.Layout;
import org.zhizao.mes.plant.web.PlantViews.LayoutItem;
import org.zhizao.mes.plant.web.PlantViews.Page;
import org.zhizao.mes.plant.web.PlantViews.StationSummary;
import org.zhizao.mes.plant.web.PlantViews.TreeNode;
import org.zhizao.mes.security.Access;

/** Reading the plant model: the tree, single elements by code, the station list and the layout. */
@RestController
@RequestMapping("/api/plant")
class PlantController {

    /** Park, factory, workshop, line (with paths and AGVs), station, equipment. */
    static final int FULL_DEPTH = 6;

    private final PlantCatalog catalog;

    PlantController(PlantCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @PreAuthorize(Access.READ)
    TreeNode tree(@RequestParam(defaultValue = "" + FULL_DEPTH) @Min(1) @Max(FULL_DEPTH) int depth) {
        return TreeNode.of(catalog.model().park(), depth);
    }

    /** One element; its code has slashes, so it travels as a query parameter: {@code ?code=P1/F1/W1}. */
    @GetMapping("/elements")
    @PreAuthorize(Access.READ)
    ElementDetail element(@RequestParam @NotBlank String code) {
        PlantModel model = catalog.model();
        return ElementDetail.of(model, model.get(code));
    }

    @GetMapping("/stations")
    @PreAuthorize(Access.READ)
    Page<StationSummary> stations(@RequestParam(required = false) String workshop,
            @RequestParam(required = false) String line, @RequestParam(required = false) String operation,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        List<StationSummary> matching = catalog.model().stations().stream()
                .filter(p -> workshop == null || workshop.equals(p.workshopCode()))
                .filter(p -> line == null || line.equals(p.parentCode()))
                .filter(p -> operation == null || ((Station) p.element()).operations().contains(operation))
                .map(StationSummary::of).toList();
        return Page.of(matching, page, size);
    }

    @GetMapping("/layout")
    @PreAuthorize(Access.READ)
    Layout layout() {
        PlantModel model = catalog.model();
        return new Layout(model.park().code(), "m", "x east, y north, z up; position = south-west floor corner",
                model.elements().stream().filter(p -> p.element().kind() != ElementKind.EQUIPMENT)
                        .map(p -> LayoutItem.of(model, p)).toList());
    }
}
