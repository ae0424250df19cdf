package org.zhizao.plc.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The bundled device templates, written against the plant simulator's address space, which follows
 * the OPC UA companion specifications: {@code cnc-machine-tool} (OPC 40501-1 / 40001-1),
 * {@code robot} (OPC 40010), {@code packml-station} (OPC 30050), {@code energy-meter}, {@code agv}.
 */
public final class DefaultTemplates {

  /** Class-path resource holding the templates. */
  public static final String RESOURCE = "/org/zhizao/plc/mapping/default-templates.yaml";

  private static volatile Map<String, DeviceTemplate> cache;

  private DefaultTemplates() {}

  /** The bundled templates by name. */
  public static Map<String, DeviceTemplate> load() {
    Map<String, DeviceTemplate> templates = cache;
    if (templates == null) {
      try (InputStream in = DefaultTemplates.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        templates = Map.copyOf(MappingLoader.parseTemplates("default-templates.yaml",
            new InputStreamReader(in, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      cache = templates;
    }
    return templates;
  }
}
