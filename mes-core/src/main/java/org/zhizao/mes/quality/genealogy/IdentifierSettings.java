package org.zhizao.mes.quality.genealogy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.zhizao.mes.quality.domain.Identifier;

/**
 * {@code zhizao.identifiers.*}: the registered identifier prefix this server issues and resolves, and the
 * factory code written into each local suffix.
 */
@ConfigurationProperties("zhizao.identifiers")
record IdentifierSettings(String prefix, String factory) {

    IdentifierSettings {
        prefix = prefix == null ? "88.123.1" : prefix;
        factory = factory == null ? "F1" : factory;
        new Identifier(prefix, "ZZ-" + factory + "-0000-000000"); // fails early if wrong
    }
}
