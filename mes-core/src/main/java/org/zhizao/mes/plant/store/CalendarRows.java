package org.zhizao.mes.plant.store;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The stored workshop calendars. */
interface CalendarRows extends JpaRepository<CalendarRow, Long> {

    List<CalendarRow> findAllByOrderByIdAsc();
}
