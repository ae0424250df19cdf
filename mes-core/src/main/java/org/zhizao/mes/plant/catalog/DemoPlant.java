package org.zhizao.mes.plant.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo park ({@code plant/demo-park.yaml}) at start-up in the demo profile when no plant is
 * stored. Runs after the demo users (order 10) and before the demo products (30), which need its stations.
 */
@Component
@Profile("demo")
@Order(20)
class DemoPlant implements ApplicationRunner {

    static final String FILE = "demo-park.yaml";
    private static final Logger log = LoggerFactory.getLogger(DemoPlant.class);

    private final PlantCatalog catalog;

    DemoPlant(PlantCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!catalog.isEmpty()) {
            return;
        }
        try (InputStream in = DemoPlant.class.getResourceAsStream("/plant/" + FILE)) {
            var summary = catalog.importYaml(FILE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            log.info("Loaded the demo plant {}: {} stations, {} AGVs", summary.park(), summary.stations(),
                    summary.agvs());
        }
    }
}
