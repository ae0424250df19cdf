package org.zhizao.mes.ui;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserLanguageRepository extends JpaRepository<UserLanguage, String> {
}
