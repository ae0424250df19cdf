package org.zhizao.mes.quality.genealogy;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProductTrackingRepository extends JpaRepository<ProductTracking, String> {
}
