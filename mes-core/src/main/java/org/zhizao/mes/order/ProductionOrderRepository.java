package org.zhizao.mes.order;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProductionOrderRepository extends JpaRepository<ProductionOrder, Long>,
        JpaSpecificationExecutor<ProductionOrder> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from ProductionOrder o where o.id = :id")
    Optional<ProductionOrder> findByIdForUpdate(@Param("id") long id);

    boolean existsByNumber(String number);

    @Query("select o.number from ProductionOrder o where o.number in :numbers")
    List<String> findNumbersIn(@Param("numbers") Collection<String> numbers);
}
