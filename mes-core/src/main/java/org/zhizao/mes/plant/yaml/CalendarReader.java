package org.zhizao.mes.plant.yaml;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.zhizao.mes.plant.domain.Shift;
import org.zhizao.mes.plant.domain.ShiftBreak;
import org.zhizao.mes.plant.domain.WorkCalendar;

/** Reads the {@code calendars} of a plant file. */
final class CalendarReader {

    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d|24:00");

    private CalendarReader() {
    }

    /** The calendars; {@code codes} receives the code of every calendar, even of one with problems. */
    static List<WorkCalendar> read(YamlMap root, Set<String> codes) {
        return root.list("calendars", true, item -> calendar(item, codes));
    }

    private static WorkCalendar calendar(YamlMap.Item item, Set<String> codes) {
        YamlMap map = item.map();
        if (map == null) {
            return null;
        }
        String code = PlantYamlReader.localCode(map, codes, null);
        var name = PlantYamlReader.name(map);
        ZoneId zone = zone(map);
        Set<DayOfWeek> workdays = EnumSet.noneOf(DayOfWeek.class);
        workdays.addAll(map.list("workdays", true, CalendarReader::weekday));
        Set<String> shiftCodes = new HashSet<>();
        List<Shift> shifts = map.list("shifts", true, shift -> shift(shift, shiftCodes));
        List<LocalDate> holidays = map.list("holidays", false, CalendarReader::date);
        map.finish();
        return code == null || name == null || zone == null ? null
                : new WorkCalendar(code, name, zone, workdays, shifts, holidays);
    }

    private static ZoneId zone(YamlMap map) {
        String zone = map.optionalText("zone");
        if (zone == null) {
            return WorkCalendar.DEFAULT_ZONE;
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            map.problems().add(map.optional("zone").orElse(map.node()), map.field("zone"),
                    "unknown time zone '" + zone + "'; use a region such as Asia/Shanghai");
            return null;
        }
    }

    private static DayOfWeek weekday(YamlMap.Item item) {
        String text = item.text();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().substring(0, 3).equals(text)) {
                return day;
            }
        }
        if (text != null) {
            item.problem("unknown weekday '" + text + "'; expected MON, TUE, WED, THU, FRI, SAT or SUN");
        }
        return null;
    }

    private static LocalDate date(YamlMap.Item item) {
        String text = item.text();
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeException e) {
            item.problem("expected a date like 2027-01-01, found '" + text + "'");
            return null;
        }
    }

    private static Shift shift(YamlMap.Item item, Set<String> codes) {
        YamlMap map = item.map();
        if (map == null) {
            return null;
        }
        String code = PlantYamlReader.localCode(map, codes, null);
        LocalTime start = time(map, "start");
        LocalTime end = time(map, "end");
        if (start != null && start.equals(end)) {
            map.problems().add(map.node(), map.field("end"), "a shift cannot end when it starts");
            end = null;
        }
        Shift outline = start == null || end == null ? null : new Shift(code, start, end, List.of());
        List<ShiftBreak> breaks = map.list("breaks", false, pause -> pause(pause, outline));
        map.finish();
        return outline == null || code == null ? null : new Shift(code, start, end, breaks);
    }

    private static ShiftBreak pause(YamlMap.Item item, Shift shift) {
        YamlMap map = item.map();
        if (map == null) {
            return null;
        }
        LocalTime start = time(map, "start");
        LocalTime end = time(map, "end");
        map.finish();
        if (start == null || end == null || shift == null) {
            return null;
        }
        if (!shift.covers(start) || !shift.covers(end) || start.equals(end)
                || start.isAfter(end) && !shift.crossesMidnight()) {
            map.problems().add(map.node(), map.path(), "break " + start + "-" + end + " is not within the shift "
                    + shift.start() + "-" + shift.end());
            return null;
        }
        return new ShiftBreak(start, end);
    }

    private static LocalTime time(YamlMap map, String key) {
        String text = map.text(key);
        if (text == null) {
            return null;
        }
        if (!TIME.matcher(text).matches()) {
            map.problems().add(map.optional(key).orElse(map.node()), map.field(key),
                    "expected a time of day like '06:00' (quoted), found '" + text + "'");
            return null;
        }
        return text.equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(text);
    }
}
