package org.zhizao.mes.plant.web;

import jakarta.validation.constraints.Pattern;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhizao.mes.plant.catalog.PlantCatalog;
import org.zhizao.mes.plant.catalog.PlantCatalog.ImportSummary;
import org.zhizao.mes.plant.yaml.PlantYamlWriter;
import org.zhizao.mes.security.Access;

/** The plant file: import (replaces the stored plant model) and export, in the format of docs/plant-model.md. */
@RestController
@RequestMapping("/api/plant")
class PlantFileController {

    static final String YAML = "application/yaml";

    private final PlantCatalog catalog;

    PlantFileController(PlantCatalog catalog) {
        this.catalog = catalog;
    }

    /** Problems are reported against {@code file}, the name the client gives the uploaded text. */
    @PostMapping(value = "/import", consumes = {YAML, "application/x-yaml", "text/yaml", MediaType.TEXT_PLAIN_VALUE})
    @PreAuthorize(Access.ADMINISTER)
    ImportSummary importFile(@RequestBody String yaml,
            @RequestParam(defaultValue = "plant.yaml") @Pattern(regexp = "[\\w.-]{1,100}") String file) {
        return catalog.importYaml(file, yaml);
    }

    @GetMapping(value = "/export", produces = {YAML, MediaType.TEXT_PLAIN_VALUE})
    @PreAuthorize(Access.READ)
    ResponseEntity<String> exportFile() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(YAML + ";charset=UTF-8"))
                .body(PlantYamlWriter.write(catalog.model()));
    }
}
