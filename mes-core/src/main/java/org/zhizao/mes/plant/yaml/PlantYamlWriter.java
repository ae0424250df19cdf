package org.zhizao.mes.plant.yaml;

import static org.zhizao.mes.plant.yaml.YamlText.quoted;
import static org.zhizao.mes.plant.yaml.YamlText.scalar;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.zhizao.mes.plant.domain.Agv;
import org.zhizao.mes.plant.domain.AgvPath;
import org.zhizao.mes.plant.domain.Equipment;
import org.zhizao.mes.plant.domain.Factory;
import org.zhizao.mes.plant.domain.Identification;
import org.zhizao.mes.plant.domain.Line;
import org.zhizao.mes.plant.domain.LocalizedName;
import org.zhizao.mes.plant.domain.MaintenanceWindow;
import org.zhizao.mes.plant.domain.OpcUaBinding;
import org.zhizao.mes.plant.domain.Park;
import org.zhizao.mes.plant.domain.PlantModel;
import org.zhizao.mes.plant.domain.Shift;
import org.zhizao.mes.plant.domain.Station;
import org.zhizao.mes.plant.domain.Vector3;
import org.zhizao.mes.plant.domain.WorkCalendar;
import org.zhizao.mes.plant.domain.Workshop;

/** Writes a {@link PlantModel} as a plant file in the format {@link PlantYamlReader} reads. */
public final class PlantYamlWriter {

    private final StringBuilder out = new StringBuilder();
    private final PlantModel model;

    private PlantYamlWriter(PlantModel model) {
        this.model = model;
    }

    public static String write(PlantModel model) {
        return new PlantYamlWriter(model).document();
    }

    private String document() {
        line(0, "# Zhizao MES plant model, exported. Positions and sizes are metres in the parent's frame.");
        line(0, "format: " + PlantYamlReader.FORMAT);
        line(0, "calendars:");
        model.calendars().forEach(this::calendar);
        Park park = model.park();
        line(0, "park:");
        line(1, "code: " + scalar(park.code()));
        line(1, "name: " + name(park.name()));
        line(1, "size: " + vector(park.size()));
        line(1, "factories:");
        park.factories().forEach(this::factory);
        return out.toString();
    }

    private void calendar(WorkCalendar calendar) {
        line(1, "- code: " + scalar(calendar.code()));
        line(2, "name: " + name(calendar.name()));
        line(2, "zone: " + calendar.zone().getId());
        line(2, "workdays: [" + calendar.workdays().stream().sorted().map(PlantYamlWriter::weekday)
                .collect(Collectors.joining(", ")) + "]");
        line(2, "shifts:");
        for (Shift shift : calendar.shifts()) {
            line(3, "- {code: " + scalar(shift.code()) + ", start: " + quoted(time(shift.start(), false))
                    + ", end: " + quoted(time(shift.end(), true)) + (shift.breaks().isEmpty() ? "" : ", breaks: ["
                    + shift.breaks().stream().map(b -> "{start: " + quoted(time(b.start(), false)) + ", end: "
                    + quoted(time(b.end(), true)) + "}").collect(Collectors.joining(", ")) + "]") + "}");
        }
        line(2, "holidays: [" + calendar.holidays().stream().map(d -> quoted(d.toString()))
                .collect(Collectors.joining(", ")) + "]");
    }

    private void factory(Factory factory) {
        element(2, factory.localCode(), factory.name(), null);
        box(3, factory.position(), factory.size());
        line(3, "workshops:");
        factory.workshops().forEach(this::workshop);
    }

    private void workshop(Workshop workshop) {
        element(4, workshop.localCode(), workshop.name(), workshop.type());
        line(5, "calendar: " + scalar(workshop.calendar()));
        box(5, workshop.position(), workshop.size());
        line(5, "lines:");
        workshop.lines().forEach(this::line);
        if (!workshop.paths().isEmpty()) {
            line(5, "paths:");
            workshop.paths().forEach(this::path);
        }
        if (!workshop.agvs().isEmpty()) {
            line(5, "agvs:");
            workshop.agvs().forEach(this::agv);
        }
    }

    private void line(Line line) {
        element(6, line.localCode(), line.name(), null);
        box(7, line.position(), line.size());
        line(7, "stations:");
        line.stations().forEach(this::station);
    }

    private void station(Station station) {
        element(8, station.localCode(), station.name(), station.type());
        box(9, station.position(), station.size());
        line(9, "operations: [" + String.join(", ", station.operations()) + "]");
        if (!station.equipment().isEmpty()) {
            line(9, "equipment:");
            station.equipment().forEach(this::equipment);
        }
        if (!station.maintenance().isEmpty()) {
            ZoneId zone = zoneOf(station);
            line(9, "maintenance:");
            for (MaintenanceWindow window : station.maintenance()) {
                line(10, "- {start: " + quoted(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(window.start().atZone(zone)
                        .toOffsetDateTime())) + ", end: " + quoted(DateTimeFormatter.ISO_OFFSET_DATE_TIME
                        .format(window.end().atZone(zone).toOffsetDateTime()))
                        + (window.reason() == null ? "" : ", reason: " + scalar(window.reason())) + "}");
            }
        }
    }

    private void equipment(Equipment equipment) {
        element(10, equipment.localCode(), equipment.name(), equipment.type());
        identification(11, equipment.identification());
        if (equipment.ratedPowerKw() != null) {
            line(11, "ratedPowerKw: " + Numbers.format(equipment.ratedPowerKw()));
        }
        line(11, "binding: " + binding(equipment.binding()));
    }

    private void path(AgvPath path) {
        element(6, path.localCode(), path.name(), null);
        line(7, "waypoints:");
        path.waypoints().forEach(w -> line(8, "- {x: " + Numbers.format(w.x()) + ", y: " + Numbers.format(w.y()) + "}"));
    }

    private void agv(Agv agv) {
        element(6, agv.localCode(), agv.name(), null);
        identification(7, agv.identification());
        line(7, "homePath: " + scalar(agv.homePath().substring(agv.homePath().lastIndexOf('/') + 1)));
        line(7, "size: " + vector(agv.size()));
        line(7, "maxSpeed: " + Numbers.format(agv.maxSpeed()));
        line(7, "binding: " + binding(agv.binding()));
    }

    private void element(int level, String code, LocalizedName name, Enum<?> type) {
        line(level, "- code: " + scalar(code));
        line(level + 1, "name: " + name(name));
        if (type != null) {
            line(level + 1, "type: " + type.name());
        }
    }

    private void identification(int level, Identification id) {
        List<String[]> fields = List.of(new String[] {"manufacturer", id.manufacturer()},
                new String[] {"model", id.model()}, new String[] {"serialNumber", id.serialNumber()});
        fields.stream().filter(f -> f[1] != null).forEach(f -> line(level, f[0] + ": " + scalar(f[1])));
    }

    private void box(int level, Vector3 position, Vector3 size) {
        line(level, "position: " + vector(position));
        line(level, "size: " + vector(size));
    }

    private ZoneId zoneOf(Station station) {
        String workshop = model.get(station.code()).workshopCode();
        return model.calendar(((Workshop) model.get(workshop).element()).calendar())
                .map(WorkCalendar::zone).orElse(WorkCalendar.DEFAULT_ZONE);
    }

    private static String name(LocalizedName name) {
        return "{zh: " + scalar(name.zh()) + ", en: " + scalar(name.en()) + "}";
    }

    private static String vector(Vector3 v) {
        return "{x: " + Numbers.format(v.x()) + ", y: " + Numbers.format(v.y()) + ", z: " + Numbers.format(v.z())
                + "}";
    }

    private static String binding(OpcUaBinding binding) {
        return "{endpoint: " + quoted(binding.endpoint()) + ", template: " + binding.template().id()
                + ", rootNode: " + quoted(binding.rootNode()) + "}";
    }

    private static String weekday(DayOfWeek day) {
        return day.name().substring(0, 3);
    }

    private static String time(LocalTime time, boolean end) {
        return end && time.equals(LocalTime.MIDNIGHT) ? "24:00" : time.toString();
    }

    private void line(int level, String text) {
        out.append("  ".repeat(level)).append(text).append('\n');
    }
}
