package org.zhizao.mes.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The UI's texts in English and Simplified Chinese. Each feature brings its own bundle pair,
 * {@code i18n/<feature>_en.properties} and {@code i18n/<feature>_zh_CN.properties} (UTF-8); a key
 * defined by two features is a startup error, so one feature cannot silently change another's text.
 */
@Component
public class Messages implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> LOCALES = List.of(CHINESE, ENGLISH);
    private static final Map<Locale, String> SUFFIXES = Map.of(ENGLISH, "_en", CHINESE, "_zh_CN");

    private final Map<Locale, Map<String, String>> texts = new HashMap<>();

    public Messages() {
        for (Locale locale : LOCALES) {
            texts.put(locale, load(SUFFIXES.get(locale)));
        }
    }

    /** Every bundle of one language, by feature name. */
    public static Map<String, Properties> bundles(Locale locale) {
        Map<String, Properties> bundles = new LinkedHashMap<>();
        String suffix = SUFFIXES.get(locale);
        try {
            for (Resource r : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:i18n/*" + suffix + ".properties")) {
                String name = r.getFilename();
                String feature = name.substring(0, name.length() - suffix.length() - ".properties".length());
                if (feature.contains("_")) {
                    continue; // another locale's file, e.g. x_zh_CN when looking for _CN
                }
                Properties p = new Properties();
                try (Reader in = new InputStreamReader(r.getInputStream(), StandardCharsets.UTF_8)) {
                    p.load(in);
                }
                bundles.put(feature, p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the UI message bundles", e);
        }
        return bundles;
    }

    private static Map<String, String> load(String suffix) {
        Locale locale = SUFFIXES.entrySet().stream().filter(e -> e.getValue().equals(suffix)).findFirst()
                .orElseThrow().getKey();
        Map<String, String> all = new HashMap<>();
        Map<String, String> owner = new HashMap<>();
        bundles(locale).forEach((feature, p) -> p.stringPropertyNames().forEach(key -> {
            String before = owner.putIfAbsent(key, feature);
            if (before != null) {
                throw new IllegalStateException("message key '" + key + "' is defined by both i18n/" + before
                        + suffix + ".properties and i18n/" + feature + suffix + ".properties");
            }
            all.put(key, p.getProperty(key));
        }));
        return all;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale supported = supported(locale);
        String text = texts.get(supported).get(key);
        if (text == null) {
            return "!" + key;
        }
        return params.length == 0 ? text : new MessageFormat(text, supported).format(params);
    }

    public Set<String> keys(Locale locale) {
        return texts.get(supported(locale)).keySet();
    }

    /** The UI language for a locale: Chinese for any Chinese locale, English otherwise. */
    public static Locale supported(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
    }
}
