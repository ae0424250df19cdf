package org.zhizao.mes.plant.store;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhizao.mes.plant.domain.LocalizedName;
import org.zhizao.mes.plant.domain.PlantElement;
import org.zhizao.mes.plant.domain.PlantModel;
import org.zhizao.mes.plant.domain.Shift;
import org.zhizao.mes.plant.domain.ShiftBreak;
import org.zhizao.mes.plant.domain.WorkCalendar;
import org.zhizao.mes.plant.store.CalendarRow.BreakColumns;
import org.zhizao.mes.plant.store.CalendarRow.ShiftColumns;

/** Stores the plant model in the database and reads it back. */
@Repository
public class PlantStore {

    private final PlantElementRows elements;
    private final CalendarRows calendars;

    PlantStore(PlantElementRows elements, CalendarRows calendars) {
        this.elements = elements;
        this.calendars = calendars;
    }

    /** Replaces the stored model; joins the caller's transaction so a failed import leaves the old one. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void replace(PlantModel model) {
        // Bulk deletes; the database removes the child rows (ON DELETE CASCADE).
        elements.deleteAllInBatch();
        calendars.deleteAllInBatch();
        calendars.saveAll(model.calendars().stream().map(PlantStore::row).toList());
        elements.saveAll(model.elements().stream().map(p -> ElementMapping.row(p.element(), p.parentCode())).toList());
    }

    @Transactional(readOnly = true)
    public Optional<PlantModel> load() {
        List<PlantElementRow> rows = elements.findAllByOrderByIdAsc();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<WorkCalendar> stored = calendars.findAllByOrderByIdAsc().stream().map(PlantStore::calendar).toList();
        return Optional.of(new PlantModel(ElementMapping.park(rows), stored));
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return elements.count() == 0;
    }

    private static CalendarRow row(WorkCalendar calendar) {
        CalendarRow row = new CalendarRow();
        row.code = calendar.code();
        row.nameZh = calendar.name().zh();
        row.nameEn = calendar.name().en();
        row.timeZone = calendar.zone().getId();
        row.workdays = calendar.workdays().stream().sorted().map(d -> d.name().substring(0, 3))
                .collect(Collectors.joining(","));
        for (Shift shift : calendar.shifts()) {
            row.shifts.add(new ShiftColumns(shift.code(), shift.start(), shift.end()));
            shift.breaks().forEach(b -> row.breaks.add(new BreakColumns(shift.code(), b.start(), b.end())));
        }
        row.holidays.addAll(calendar.holidays());
        return row;
    }

    private static WorkCalendar calendar(CalendarRow row) {
        List<DayOfWeek> workdays = Arrays.stream(row.workdays.split(",")).filter(s -> !s.isEmpty())
                .map(abbreviation -> Arrays.stream(DayOfWeek.values())
                        .filter(d -> d.name().startsWith(abbreviation)).findFirst().orElseThrow())
                .toList();
        List<Shift> shifts = row.shifts.stream().map(s -> new Shift(s.code(), s.startTime(), s.endTime(),
                row.breaks.stream().filter(b -> b.shiftCode().equals(s.code()))
                        .map(b -> new ShiftBreak(b.startTime(), b.endTime())).toList())).toList();
        return new WorkCalendar(row.code, new LocalizedName(row.nameZh, row.nameEn),
                java.time.ZoneId.of(row.timeZone), java.util.Set.copyOf(workdays), shifts, row.holidays);
    }

    static LocalizedName name(PlantElementRow row) {
        return new LocalizedName(row.nameZh, row.nameEn);
    }

    static void name(PlantElementRow row, PlantElement element) {
        row.nameZh = element.name().zh();
        row.nameEn = element.name().en();
    }
}
