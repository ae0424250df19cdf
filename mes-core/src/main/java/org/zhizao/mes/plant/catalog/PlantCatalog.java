package org.zhizao.mes.plant.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zhizao.mes.audit.AuditRecord;
import org.zhizao.mes.audit.AuditTrail;
import org.zhizao.mes.plant.PlantCalendar;
import org.zhizao.mes.plant.PlantDirectory;
import org.zhizao.mes.plant.PlantModelImported;
import org.zhizao.mes.plant.domain.Agv;
import org.zhizao.mes.plant.domain.ElementKind;
import org.zhizao.mes.plant.domain.Equipment;
import org.zhizao.mes.plant.domain.PlantModel;
import org.zhizao.mes.plant.domain.Station;
import org.zhizao.mes.plant.store.PlantStore;
import org.zhizao.mes.plant.yaml.PlantYamlReader;
import org.zhizao.mes.shared.domain.NotFound;

/**
 * The stored plant model, kept in memory between imports: what the REST API, the scheduler and other
 * modules read. Importing a plant file replaces the whole model in one transaction; a file with any
 * problem changes nothing.
 */
@Service
public class PlantCatalog implements PlantDirectory, PlantCalendar {

    /** What an import stored: how many elements of each kind. */
    public record ImportSummary(String park, String file, int factories, int workshops, int lines, int stations,
                                int equipment, int agvs, int paths, int calendars) {
    }

    private final PlantStore store;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private volatile Optional<PlantModel> cached;

    PlantCatalog(PlantStore store, AuditTrail audit, ApplicationEventPublisher events) {
        this.store = store;
        this.audit = audit;
        this.events = events;
    }

    /** The stored model, if a plant has been imported. */
    public Optional<PlantModel> current() {
        Optional<PlantModel> model = cached;
        if (model == null) {
            synchronized (this) {
                if (cached == null) {
                    cached = store.load();
                }
                model = cached;
            }
        }
        return model;
    }

    /** The stored model. @throws NotFound when no plant has been imported yet */
    public PlantModel model() {
        return current().orElseThrow(() -> new NotFound("Plant model", "park"));
    }

    @Transactional
    public ImportSummary importYaml(String file, String yaml) {
        PlantModel model = PlantYamlReader.read(file, yaml);
        store.replace(model);
        ImportSummary summary = summary(model, file);
        audit.record(new AuditRecord("PLANT", model.park().code(), null, "IMPORT", null, null,
                "imported " + file + ": " + summary.stations() + " stations, " + summary.equipment()
                        + " equipment, " + summary.agvs() + " AGVs"));
        events.publishEvent(new PlantModelImported(model.park().code(), file, summary.stations()));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                cached = Optional.of(model);
            }
        });
        return summary;
    }

    public boolean isEmpty() {
        Optional<PlantModel> model = cached;
        return model != null ? model.isEmpty() : store.isEmpty();
    }

    @Override
    public Optional<StationInfo> findStation(String code) {
        return current().flatMap(m -> m.find(code)).filter(p -> p.element() instanceof Station)
                .map(PlantCatalog::info);
    }

    @Override
    public List<StationInfo> stations() {
        return current().map(m -> m.stations().stream().map(PlantCatalog::info).toList()).orElse(List.of());
    }

    @Override
    public List<TierName> tierNames() {
        return current().map(m -> m.elements().stream()
                .filter(p -> switch (p.element().kind()) {
                    case PARK, FACTORY, WORKSHOP, LINE -> true;
                    default -> false;
                })
                .map(p -> new TierName(p.element().code(), p.element().name().zh(), p.element().name().en()))
                .toList()).orElse(List.of());
    }

    @Override
    public List<BoundDevice> boundDevices() {
        return current().map(PlantCatalog::boundDevices).orElse(List.of());
    }

    private static List<BoundDevice> boundDevices(PlantModel model) {
        List<BoundDevice> devices = new java.util.ArrayList<>();
        for (PlantModel.Placed placed : model.elements()) {
            if (placed.element() instanceof Equipment e && e.binding() != null) {
                devices.add(new BoundDevice(e.code(), e.type().name(), placed.parentCode(), placed.workshopCode(),
                        e.binding().endpoint(), e.binding().template().id(), e.binding().rootNode(),
                        e.ratedPowerKw()));
            } else if (placed.element() instanceof Agv a && a.binding() != null) {
                devices.add(new BoundDevice(a.code(), "AGV", null, placed.workshopCode(), a.binding().endpoint(),
                        a.binding().template().id(), a.binding().rootNode(), null));
            }
        }
        return List.copyOf(devices);
    }

    @Override
    public List<AvailableInterval> availableIntervals(String code, Instant from, Instant to) {
        return model().availability(code, from, to).stream()
                .map(i -> new AvailableInterval(i.start(), i.end())).toList();
    }

    static StationInfo info(PlantModel.Placed placed) {
        Station station = (Station) placed.element();
        return new StationInfo(station.code(), station.name().zh(), station.name().en(), placed.workshopCode(),
                placed.parentCode(), java.util.Collections.unmodifiableSet(new TreeSet<>(station.operations())));
    }

    private static ImportSummary summary(PlantModel model, String file) {
        return new ImportSummary(model.park().code(), file, count(model, ElementKind.FACTORY),
                count(model, ElementKind.WORKSHOP), count(model, ElementKind.LINE), count(model, ElementKind.STATION),
                count(model, ElementKind.EQUIPMENT), count(model, ElementKind.AGV), count(model, ElementKind.AGV_PATH),
                model.calendars().size());
    }

    private static int count(PlantModel model, ElementKind kind) {
        return model.ofKind(kind).size();
    }
}
