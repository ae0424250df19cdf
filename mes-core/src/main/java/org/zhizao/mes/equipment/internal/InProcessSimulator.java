package org.zhizao.mes.equipment.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.zhizao.plc.simulator.PlantSimulator;
import org.zhizao.plc.simulator.device.DeviceBehaviour;

/**
 * The plant simulator started inside the server ({@code zhizao.simulator.enabled=true}, on in the demo
 * profile), so the demo shows a live plant with no other step. The devices' bindings are redirected to it.
 */
@Component
@ConditionalOnProperty(name = "zhizao.simulator.enabled", havingValue = "true")
public class InProcessSimulator {

    private static final Logger log = LoggerFactory.getLogger(InProcessSimulator.class);

    private final EquipmentProperties properties;
    private final ResourceLoader resources;
    private PlantSimulator simulator;

    InProcessSimulator(EquipmentProperties properties, ResourceLoader resources) {
        this.properties = properties;
        this.resources = resources;
    }

    synchronized PlantSimulator start() {
        if (simulator == null) {
            EquipmentProperties.Simulator s = properties.simulator();
            Resource plant = resources.getResource(s.plant());
            DeviceBehaviour behaviour = DeviceBehaviour.defaults().withAutoJobs(s.autoJobs());
            if (s.steady()) {
                behaviour = behaviour.steady();
            }
            try (InputStream in = plant.getInputStream()) {
                simulator = PlantSimulator.builder().plant(in, plant.getFilename()).port(s.port()).seed(s.seed())
                        .timeFactor(s.timeFactor()).behaviour(behaviour).securityDir(Path.of(s.securityDir()))
                        .hostname("localhost").bindAddress("127.0.0.1").build().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the simulator's plant " + s.plant(), e);
            }
            log.info("Plant simulator started in-process at {} (time factor {})", simulator.endpointUrl(),
                    s.timeFactor());
        }
        return simulator;
    }

    /** The running simulator, for fault injection in tests and the benchmark. */
    public synchronized PlantSimulator simulator() {
        return simulator;
    }

    synchronized void stop() {
        if (simulator != null) {
            simulator.stop();
            simulator = null;
        }
    }
}
