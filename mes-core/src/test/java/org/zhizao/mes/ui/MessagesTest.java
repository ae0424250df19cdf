package org.zhizao.mes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Both languages stay complete: every feature's English and Chinese bundles have the same keys. */
class MessagesTest {

    @Test
    void everyFeatureHasTheSameKeysInEnglishAndChinese() {
        Map<String, Properties> english = Messages.bundles(Locale.ENGLISH);
        Map<String, Properties> chinese = Messages.bundles(Locale.SIMPLIFIED_CHINESE);
        assertThat(chinese.keySet()).as("features with a Chinese bundle").isEqualTo(english.keySet());
        english.forEach((feature, en) -> assertThat(chinese.get(feature).stringPropertyNames())
                .as("keys of i18n/" + feature + "_zh_CN.properties")
                .containsExactlyInAnyOrderElementsOf(en.stringPropertyNames()));
    }

    @Test
    void noTextIsLeftEmpty() {
        for (Locale locale : Messages.LOCALES) {
            Messages.bundles(locale).forEach((feature, p) -> p.stringPropertyNames().forEach(key ->
                    assertThat(p.getProperty(key)).as(feature + " " + locale + " " + key).isNotBlank()));
        }
    }

    @Test
    void chineseTextsAreChinese() {
        Messages messages = new Messages();
        assertThat(messages.getTranslation("login.submit", Locale.SIMPLIFIED_CHINESE)).isEqualTo("登录");
        assertThat(messages.getTranslation("login.submit", Locale.CHINA)).isEqualTo("登录");
        assertThat(messages.getTranslation("login.submit", Locale.GERMAN)).isEqualTo("Sign in");
        assertThat(messages.getTranslation("common.error", Locale.ENGLISH, "order is on hold"))
                .isEqualTo("Not done: order is on hold");
        assertThat(messages.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
    }
}
