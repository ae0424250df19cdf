package org.zhizao.mes.plant.yaml;

import java.util.Set;
import java.util.regex.Pattern;

/** Scalars for the plant file: plain where YAML reads them back as the same text, single-quoted otherwise. */
final class YamlText {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9 _.+()/-]*[A-Za-z0-9_.+)]|[A-Za-z]");
    private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");

    private YamlText() {
    }

    static String scalar(String text) {
        boolean plain = PLAIN.matcher(text).matches() && !RESERVED.contains(text.toLowerCase())
                && !text.contains(" #") && !text.contains(": ");
        return plain ? text : quoted(text);
    }

    static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
