package org.zhizao.plc.simulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The node paths docs/opcua-mapping.md lists per device template, read from its tables. */
final class DocumentedPaths {

  /** One documented node: its path relative to the device root and its type column. */
  record Entry(String path, String type) {
    boolean isMethod() {
      return type.equals("method");
    }
  }

  private static final Path DOC = Path.of("..", "docs", "opcua-mapping.md");
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");

  private DocumentedPaths() {}

  /** Template key (or "shared") to its documented nodes. */
  static Map<String, List<Entry>> read() throws IOException {
    String doc = Files.readString(DOC);
    String section = doc.substring(doc.indexOf("## Simulator address space"));
    int next = section.indexOf("\n## ");
    section = next < 0 ? section : section.substring(0, next); // only the simulator's section
    Map<String, List<Entry>> entries = new LinkedHashMap<>();
    String current = null;
    for (String line : section.split("\n")) {
      if (line.startsWith("### ")) {
        Matcher m = CODE.matcher(line);
        current = line.contains("Shared by the templates") ? "shared" : m.find() ? m.group(1) : null;
        if (current != null) {
          entries.put(current, new ArrayList<>());
        }
      } else if (current != null && line.startsWith("| `")) {
        String[] cells = line.split("\\|");
        String type = cells[2].trim();
        Matcher m = CODE.matcher(cells[1]);
        String base = null;
        while (m.find()) {
          String token = m.group(1);
          if (token.startsWith("/")) {
            // a property of the previous node, e.g. CurrentState/Id
            entries.get(current).add(new Entry(base + token, token.equals("/Id") ? "NodeId" : "UInt32"));
          } else {
            base = token;
            entries.get(current).add(new Entry(token, type));
          }
        }
      }
    }
    return entries;
  }

  /** Every node of a template, the shared ones included (energy meters have no alarms). */
  static List<Entry> of(String template) throws IOException {
    Map<String, List<Entry>> all = read();
    List<Entry> entries = new ArrayList<>(all.getOrDefault(template, List.of()));
    for (Entry shared : all.get("shared")) {
      if (!(template.equals("energy-meter") && shared.path().startsWith("Alarms/"))) {
        entries.add(shared);
      }
    }
    return entries;
  }
}
