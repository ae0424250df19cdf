package org.zhizao.mes.plant.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhizao.mes.shared.domain.NotFound;

/**
 * A whole park with its calendars, indexed by code. Immutable; a new import makes a new model.
 */
public final class PlantModel {

    /**
     * An element with where it sits: its parent, its workshop (if it is in one) and the world position
     * (park frame) of its parent frame's origin.
     */
    public record Placed(PlantElement element, String parentCode, String workshopCode, Vector3 parentOrigin) {
    }

    private final Park park;
    private final List<WorkCalendar> calendars;
    private final Map<String, Placed> elements = new LinkedHashMap<>();

    public PlantModel(Park park, List<WorkCalendar> calendars) {
        this.park = park;
        this.calendars = List.copyOf(calendars);
        index(park, null, null, Vector3.ORIGIN);
    }

    public Park park() {
        return park;
    }

    public List<WorkCalendar> calendars() {
        return calendars;
    }

    /** Every element, parents before children, in file order. */
    public List<Placed> elements() {
        return List.copyOf(elements.values());
    }

    public Optional<Placed> find(String code) {
        return Optional.ofNullable(elements.get(code));
    }

    public Placed get(String code) {
        return find(code).orElseThrow(() -> new NotFound("Plant element", code));
    }

    public List<Placed> stations() {
        return elements.values().stream().filter(p -> p.element() instanceof Station).toList();
    }

    public Optional<WorkCalendar> calendar(String code) {
        return calendars.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The world position of an element's own origin (its south-west floor corner), where it has one. */
    public Vector3 worldPosition(Placed placed) {
        return placed.parentOrigin().plus(PlantGeometry.position(placed.element()));
    }

    /**
     * The available time of a workshop, or of a line, station or equipment through its workshop: the
     * workshop calendar's working time within [from, to), minus the planned maintenance of the station
     * (for a station or its equipment).
     *
     * @throws IllegalArgumentException for a park or factory, which have no single calendar
     */
    public List<TimeInterval> availability(String code, Instant from, Instant to) {
        Placed placed = get(code);
        if (placed.workshopCode() == null) {
            throw new IllegalArgumentException(code + " is a " + placed.element().kind().name().toLowerCase()
                    + "; availability is kept per workshop and station");
        }
        Workshop workshop = (Workshop) get(placed.workshopCode()).element();
        WorkCalendar calendar = calendar(workshop.calendar()).orElseThrow();
        List<TimeInterval> working = calendar.workingTime(from, to);
        Station station = placed.element() instanceof Station s ? s
                : placed.element() instanceof Equipment ? (Station) get(placed.parentCode()).element() : null;
        if (station == null) {
            return working;
        }
        return TimeIntervals.minus(working, station.maintenance().stream().map(MaintenanceWindow::interval).toList());
    }

    private void index(PlantElement element, String parentCode, String workshopCode, Vector3 parentOrigin) {
        String workshop = element instanceof Workshop ? element.code() : workshopCode;
        elements.put(element.code(), new Placed(element, parentCode, workshop, parentOrigin));
        Vector3 origin = parentOrigin.plus(PlantGeometry.position(element));
        for (PlantElement child : element.children()) {
            index(child, element.code(), workshop, origin);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PlantModel model && park.equals(model.park) && calendars.equals(model.calendars);
    }

    @Override
    public int hashCode() {
        return park.hashCode() * 31 + calendars.hashCode();
    }

    @Override
    public String toString() {
        return "PlantModel[" + park.code() + ", " + elements.size() + " elements]";
    }

    /** All elements of one kind. */
    public List<Placed> ofKind(ElementKind kind) {
        List<Placed> result = new ArrayList<>();
        elements.values().stream().filter(p -> p.element().kind() == kind).forEach(result::add);
        return result;
    }
}
