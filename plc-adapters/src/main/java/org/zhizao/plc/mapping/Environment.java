package org.zhizao.plc.mapping;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Expands {@code ${NAME}} in configuration values from the environment, so secrets stay out of files. */
final class Environment {

  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

  private Environment() {}

  static String expand(String value) {
    if (value == null) {
      return null;
    }
    Matcher m = VARIABLE.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement = System.getenv(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(replacement == null ? "" : replacement));
    }
    return m.appendTail(out).toString();
  }
}
