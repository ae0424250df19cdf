package org.zhizao.mes.plant.store;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;

/** A stored workshop calendar with its shifts, their breaks (by shift code) and its holidays. */
@Entity
@Table(name = "plant_calendar")
class CalendarRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String code;
    String nameZh;
    String nameEn;
    String timeZone;
    /** Weekday abbreviations, comma-separated: {@code MON,TUE}. */
    String workdays;

    @ElementCollection
    @CollectionTable(name = "plant_shift", joinColumns = @JoinColumn(name = "calendar_id"))
    @OrderColumn(name = "ordinal")
    @BatchSize(size = 50)
    List<ShiftColumns> shifts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plant_shift_break", joinColumns = @JoinColumn(name = "calendar_id"))
    @OrderColumn(name = "ordinal")
    @BatchSize(size = 50)
    List<BreakColumns> breaks = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plant_holiday", joinColumns = @JoinColumn(name = "calendar_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "holiday")
    @BatchSize(size = 50)
    List<LocalDate> holidays = new ArrayList<>();

    @Embeddable
    record ShiftColumns(String code, LocalTime startTime, LocalTime endTime) {
    }

    @Embeddable
    record BreakColumns(String shiftCode, LocalTime startTime, LocalTime endTime) {
    }
}
