package org.zhizao.mes.plant.store;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The stored plant elements. */
interface PlantElementRows extends JpaRepository<PlantElementRow, Long> {

    List<PlantElementRow> findAllByOrderByIdAsc();
}
