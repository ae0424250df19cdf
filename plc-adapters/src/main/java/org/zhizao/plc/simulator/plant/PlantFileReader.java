package org.zhizao.plc.simulator.plant;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads the parts of a {@code zhizao-plant/1} file (see docs/plant-model.md) that the simulator needs.
 *
 * <p>Only bindings whose root node lies in the simulator's namespace are served; the full validation
 * of the file is the MES's job, this reader checks just what it uses.
 */
public final class PlantFileReader {

  /** The namespace URI of the simulator's address space. */
  public static final String NAMESPACE_URI = "urn:zhizao:plant-simulator";

  private final String source;
  private final List<DeviceSpec> devices = new ArrayList<>();
  private final List<AgvSpec> agvs = new ArrayList<>();
  private final List<WorkshopLayout> workshops = new ArrayList<>();

  private PlantFileReader(String source) {
    this.source = source;
  }

  /** Reads a plant file from disk. */
  public static SimulatedPlant read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.getFileName().toString());
    } catch (IOException e) {
      throw new PlantFileException(file + ": cannot read plant file: " + e.getMessage(), e);
    }
  }

  /** Reads a plant file from a stream; {@code source} names it in error messages. */
  public static SimulatedPlant read(InputStream in, String source) {
    Object root;
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
    } catch (IOException | YAMLException e) {
      throw new PlantFileException(source + ": malformed YAML: " + e.getMessage(), e);
    }
    PlantFileReader r = new PlantFileReader(source);
    Map<String, Object> file = r.map(root, "");
    Object format = file.get("format");
    if (!"zhizao-plant/1".equals(format)) {
      throw r.error("format", "expected 'zhizao-plant/1' but was '" + format + "'");
    }
    r.readPark(r.map(file.get("park"), "park"));
    return new SimulatedPlant(NAMESPACE_URI, r.devices, r.agvs, r.workshops);
  }

  private void readPark(Map<String, Object> park) {
    String parkCode = text(park, "code", "park");
    List<Map<String, Object>> factories = list(park, "factories", "park");
    for (int f = 0; f < factories.size(); f++) {
      String fPath = "park.factories[" + f + "]";
      Map<String, Object> factory = factories.get(f);
      String factoryCode = parkCode + "/" + text(factory, "code", fPath);
      List<Map<String, Object>> shops = list(factory, "workshops", fPath);
      for (int w = 0; w < shops.size(); w++) {
        readWorkshop(shops.get(w), factoryCode, fPath + ".workshops[" + w + "]");
      }
    }
  }

  private void readWorkshop(Map<String, Object> shop, String parentCode, String path) {
    String code = parentCode + "/" + text(shop, "code", path);
    Map<String, Point> stations = new LinkedHashMap<>();
    List<Map<String, Object>> lines = list(shop, "lines", path);
    for (int l = 0; l < lines.size(); l++) {
      String lPath = path + ".lines[" + l + "]";
      Map<String, Object> line = lines.get(l);
      String lineLocal = text(line, "code", lPath);
      Point linePos = point(line.get("position"));
      List<Map<String, Object>> stationList = list(line, "stations", lPath);
      for (int s = 0; s < stationList.size(); s++) {
        String sPath = lPath + ".stations[" + s + "]";
        Map<String, Object> station = stationList.get(s);
        String local = lineLocal + "/" + text(station, "code", sPath);
        Point pos = point(station.get("position"));
        Point size = point(station.get("size"));
        stations.put(
            local, new Point(linePos.x() + pos.x() + size.x() / 2, linePos.y() + pos.y() + size.y() / 2));
        List<Map<String, Object>> equipment = list(station, "equipment", sPath);
        for (int e = 0; e < equipment.size(); e++) {
          readEquipment(equipment.get(e), code + "/" + local, sPath + ".equipment[" + e + "]");
        }
      }
    }
    Map<String, List<Point>> paths = new LinkedHashMap<>();
    List<Map<String, Object>> pathList = list(shop, "paths", path);
    for (int p = 0; p < pathList.size(); p++) {
      String pPath = path + ".paths[" + p + "]";
      Map<String, Object> agvPath = pathList.get(p);
      List<Point> waypoints = new ArrayList<>();
      for (Map<String, Object> waypoint : list(agvPath, "waypoints", pPath)) {
        waypoints.add(point(waypoint));
      }
      if (waypoints.size() < 2) {
        throw error(pPath + ".waypoints", "a path needs at least two waypoints");
      }
      paths.put(text(agvPath, "code", pPath), waypoints);
    }
    workshops.add(new WorkshopLayout(code, paths, stations));
    List<Map<String, Object>> agvList = list(shop, "agvs", path);
    for (int a = 0; a < agvList.size(); a++) {
      readAgv(agvList.get(a), code, paths, path + ".agvs[" + a + "]");
    }
  }

  private void readEquipment(Map<String, Object> item, String stationCode, String path) {
    String code = stationCode + "/" + text(item, "code", path);
    Binding binding = binding(item, path);
    if (binding == null) {
      return;
    }
    DeviceTemplate template =
        DeviceTemplate.byKey(binding.template())
            .filter(t -> t != DeviceTemplate.AGV)
            .orElseThrow(
                () -> error(path + ".binding.template", "unknown template '" + binding.template() + "'"));
    devices.add(
        new DeviceSpec(
            code,
            stationCode,
            englishName(item.get("name"), code),
            template,
            binding.rootNodeId(),
            identification(item),
            number(item.get("ratedPowerKw"), 0)));
  }

  private void readAgv(
      Map<String, Object> item, String workshopCode, Map<String, List<Point>> paths, String path) {
    String code = workshopCode + "/" + text(item, "code", path);
    Binding binding = binding(item, path);
    if (binding == null) {
      return;
    }
    if (!DeviceTemplate.AGV.key().equals(binding.template())) {
      throw error(path + ".binding.template", "an AGV needs template 'agv'");
    }
    String homePath = item.get("homePath") == null ? null : item.get("homePath").toString();
    if (homePath == null && !paths.isEmpty()) {
      homePath = paths.keySet().iterator().next();
    }
    if (homePath == null || !paths.containsKey(homePath)) {
      throw error(path + ".homePath", "unknown path '" + homePath + "'");
    }
    agvs.add(
        new AgvSpec(
            code,
            workshopCode,
            englishName(item.get("name"), code),
            binding.rootNodeId(),
            identification(item),
            homePath,
            number(item.get("maxSpeed"), 1.0)));
  }

  private record Binding(String template, String rootNodeId) {}

  /** The binding of an item, or null when it is bound to another server's namespace or has none. */
  private Binding binding(Map<String, Object> item, String path) {
    if (item.get("binding") == null) {
      return null;
    }
    Map<String, Object> binding = map(item.get("binding"), path + ".binding");
    String template = text(binding, "template", path + ".binding");
    String rootNode = text(binding, "rootNode", path + ".binding");
    String prefix = "nsu=" + NAMESPACE_URI + ";s=";
    if (!rootNode.startsWith(prefix)) {
      return null;
    }
    return new Binding(template, rootNode.substring(prefix.length()));
  }

  private static Identification identification(Map<String, Object> item) {
    return new Identification(
        string(item.get("manufacturer")), string(item.get("model")), string(item.get("serialNumber")));
  }

  private static String englishName(Object name, String fallback) {
    if (name instanceof Map<?, ?> names && names.get("en") != null) {
      return names.get("en").toString();
    }
    return name == null ? fallback : name.toString();
  }

  private static String string(Object value) {
    return value == null ? null : value.toString();
  }

  private static double number(Object value, double fallback) {
    return value instanceof Number n ? n.doubleValue() : fallback;
  }

  private static Point point(Object value) {
    if (value instanceof Map<?, ?> m) {
      return new Point(number(m.get("x"), 0), number(m.get("y"), 0));
    }
    return new Point(0, 0);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> map(Object value, String path) {
    if (value instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    throw error(path.isEmpty() ? "(document)" : path, "expected a mapping");
  }

  private List<Map<String, Object>> list(Map<String, Object> parent, String key, String path) {
    Object value = parent.get(key);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> items)) {
      throw error(path + "." + key, "expected a list");
    }
    List<Map<String, Object>> maps = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      maps.add(map(items.get(i), path + "." + key + "[" + i + "]"));
    }
    return maps;
  }

  private String text(Map<String, Object> parent, String key, String path) {
    Object value = parent.get(key);
    if (value == null || value.toString().isBlank()) {
      throw error(path + "." + key, "required field is missing");
    }
    return value.toString();
  }

  private PlantFileException error(String field, String problem) {
    return new PlantFileException(source + ": " + field + ": " + problem);
  }
}
