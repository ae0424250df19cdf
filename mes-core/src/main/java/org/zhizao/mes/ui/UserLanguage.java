package org.zhizao.mes.ui;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The language a user chose for the web UI. */
@Entity
@Table(name = "ui_user_language")
class UserLanguage {

    @Id
    private String username;

    @Column(nullable = false)
    private String language;

    protected UserLanguage() {
    }

    UserLanguage(String username, String language) {
        this.username = username;
        this.language = language;
    }

    String getLanguage() {
        return language;
    }

    void setLanguage(String language) {
        this.language = language;
    }
}
