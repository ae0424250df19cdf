package org.zhizao.plc.mapping;

/**
 * One problem found in an adapter configuration, named so that an integrator can find and fix it:
 * the file and line (when the problem comes from a file), the field, and what is wrong.
 *
 * @param file the file name, or {@code null} for configuration built in code
 * @param line the 1-based line, or 0 when unknown
 * @param field the dotted path of the field, e.g. {@code templates[0].signals.partsTotal.type}
 * @param device the device the problem disables, or {@code null} when it disables no single device
 * @param message what is wrong, in words a user can read
 */
public record MappingProblem(String file, int line, String field, String device, String message) {

  /** Formats the problem as {@code file:line: field: message}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    if (file != null) {
      text.append(file).append(':');
      if (line > 0) {
        text.append(line).append(':');
      }
      text.append(' ');
    }
    if (field != null && !field.isEmpty()) {
      text.append(field).append(": ");
    }
    return text.append(message).toString();
  }
}
