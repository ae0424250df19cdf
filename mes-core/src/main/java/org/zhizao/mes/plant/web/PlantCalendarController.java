package org.zhizao.mes.plant.web;

import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhizao.mes.plant.catalog.PlantCatalog;
import org.zhizao.mes.plant.domain.PlantModel;
import org.zhizao.mes.plant.domain.TimeIntervals;
import org.zhizao.mes.plant.domain.WorkCalendar;
import org.zhizao.mes.plant.domain.Workshop;
import org.zhizao.mes.plant.web.PlantViews.Availability;
import org.zhizao.mes.plant.web.PlantViews.Interval;
import org.zhizao.mes.security.Access;

/** Working calendars: their definitions, and the available time of a workshop or station over a range. */
@RestController
@RequestMapping("/api/plant/calendars")
class PlantCalendarController {

    static final Duration LONGEST_RANGE = Duration.ofDays(92);

    private final PlantCatalog catalog;

    PlantCalendarController(PlantCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @PreAuthorize(Access.READ)
    List<WorkCalendar> calendars() {
        return catalog.model().calendars();
    }

    @GetMapping("/availability")
    @PreAuthorize(Access.READ)
    Availability availability(@RequestParam @NotBlank String code,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to) {
        Instant start = from.toInstant();
        Instant end = to.toInstant();
        if (!end.isAfter(start) || Duration.between(start, end).compareTo(LONGEST_RANGE) > 0) {
            throw new IllegalArgumentException("'to' must be after 'from', and the range at most "
                    + LONGEST_RANGE.toDays() + " days");
        }
        PlantModel model = catalog.model();
        var intervals = model.availability(code, start, end);
        WorkCalendar calendar = model.calendar(((Workshop) model.get(model.get(code).workshopCode()).element())
                .calendar()).orElseThrow();
        return new Availability(code, calendar.code(), calendar.zone().getId(), start, end,
                intervals.stream().map(i -> new Interval(i.start(), i.end())).toList(),
                TimeIntervals.total(intervals).toMinutes());
    }
}
