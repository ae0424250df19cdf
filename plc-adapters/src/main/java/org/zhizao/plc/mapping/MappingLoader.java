package org.zhizao.plc.mapping;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads adapter configuration files ({@code format: zhizao-opcua-mapping/1}) and validates them.
 *
 * <p>Every problem names the file, line and field. A problem disables only what it concerns: a bad
 * signal drops that signal, a bad template or an unknown template drops the devices using it, a bad
 * device drops that device, a file that is not valid YAML drops that file. Everything else loads and
 * streams. The default templates ({@link DefaultTemplates}) are always available; a file may add or
 * replace templates.
 */
public final class MappingLoader {

  /** The format marker every file carries. */
  public static final String FORMAT = "zhizao-opcua-mapping/1";

  static final Pattern ENDPOINT_URL = Pattern.compile("^opc\\.tcp://[^:/\\s]+(:\\d{1,5})?(/\\S*)?$");
  static final Pattern NODE_ID_WITH_URI =
      Pattern.compile("^nsu=[^;]+;(i=\\d+|s=.+|g=[0-9a-fA-F-]{36}|b=.+)$");

  private MappingLoader() {}

  /** Loads and merges the files, on top of the default templates. */
  public static AdapterConfig load(List<Path> files) {
    AdapterConfig config = AdapterConfig.empty().withTemplates(DefaultTemplates.load());
    List<PendingDevice> devices = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      try {
        config = config.merge(parse(name, Files.readString(file, StandardCharsets.UTF_8), devices));
      } catch (IOException e) {
        config = config.merge(problem(name, "cannot read the file: " + e.getMessage()));
      }
    }
    return checkTemplates(config, devices);
  }

  /** Parses one file's text, on top of the default templates. */
  public static AdapterConfig parse(String fileName, String yaml) {
    List<PendingDevice> devices = new ArrayList<>();
    AdapterConfig config =
        AdapterConfig.empty().withTemplates(DefaultTemplates.load())
            .merge(parse(fileName, yaml, devices));
    return checkTemplates(config, devices);
  }

  /** Parses templates only (used for the bundled defaults); problems are thrown. */
  static Map<String, DeviceTemplate> parseTemplates(String fileName, Reader reader) {
    List<MappingProblem> problems = new ArrayList<>();
    Node root = compose(fileName, reader, problems);
    Map<String, DeviceTemplate> templates = new LinkedHashMap<>();
    if (root != null) {
      YamlFields yaml = new YamlFields(fileName, problems);
      Map<String, Node> top = yaml.mapping(root, "");
      Node list = top.get("templates");
      if (list != null) {
        readTemplates(yaml, list, templates);
      }
    }
    if (!problems.isEmpty()) {
      throw new MappingException(problems);
    }
    return templates;
  }

  private static AdapterConfig parse(String fileName, String text, List<PendingDevice> devices) {
    List<MappingProblem> problems = new ArrayList<>();
    Node root = compose(fileName, new StringReader(text), problems);
    Map<String, EndpointSettings> endpoints = new LinkedHashMap<>();
    Map<String, DeviceTemplate> templates = new LinkedHashMap<>();
    List<DeviceBinding> bindings = new ArrayList<>();
    if (root != null) {
      YamlFields yaml = new YamlFields(fileName, problems);
      Map<String, Node> top = yaml.mapping(root, "");
      yaml.onlyKnown(top, "", null, Set.of("format", "endpoints", "templates", "devices"));
      String format = yaml.text(top, "format", "", null, true);
      if (format != null && !FORMAT.equals(format)) {
        yaml.fail(top.get("format"), "format", null, "expected '" + FORMAT + "'");
      }
      if (top.containsKey("endpoints")) {
        readEndpoints(yaml, top.get("endpoints"), endpoints);
      }
      if (top.containsKey("templates")) {
        readTemplates(yaml, top.get("templates"), templates);
      }
      if (top.containsKey("devices")) {
        readDevices(yaml, fileName, top.get("devices"), bindings, devices);
      }
    }
    return new AdapterConfig(endpoints, templates, bindings, problems);
  }

  private static Node compose(String fileName, Reader reader, List<MappingProblem> problems) {
    try {
      Node root = new Yaml(new LoaderOptions()).compose(reader);
      if (root == null) {
        problems.add(new MappingProblem(fileName, 1, "", null, "the file is empty"));
      }
      return root;
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      problems.add(new MappingProblem(fileName, line, "", null,
          "not valid YAML: " + e.getProblem() + (e.getContext() == null ? "" : " " + e.getContext())));
    } catch (YAMLException e) {
      problems.add(new MappingProblem(fileName, 0, "", null, "not valid YAML: " + e.getMessage()));
    }
    return null;
  }

  private static void readEndpoints(YamlFields yaml, Node list, Map<String, EndpointSettings> out) {
    List<Node> items = yaml.sequence(list, "endpoints");
    for (int i = 0; i < items.size(); i++) {
      String field = "endpoints[" + i + "]";
      Map<String, Node> f = yaml.mapping(items.get(i), field);
      yaml.onlyKnown(f, field, null, Set.of("url", "securityPolicy", "securityMode", "username",
          "password", "publishingInterval"));
      String url = yaml.text(f, "url", field, null, true);
      if (url == null) {
        continue;
      }
      if (!ENDPOINT_URL.matcher(url).matches()) {
        yaml.fail(f.get("url"), field + ".url", null, "'" + url + "' is not an opc.tcp://host:port/path URL");
        continue;
      }
      String policy = orDefault(yaml.text(f, "securityPolicy", field, null, false), "None");
      String mode = orDefault(yaml.text(f, "securityMode", field, null, false), "None");
      boolean ok = true;
      if (!Set.of("None", "Basic256Sha256", "Aes128_Sha256_RsaOaep", "Aes256_Sha256_RsaPss")
          .contains(policy)) {
        ok = yaml.fail(f.get("securityPolicy"), field + ".securityPolicy", null,
            "unknown security policy '" + policy + "'");
      }
      if (!Set.of("None", "Sign", "SignAndEncrypt").contains(mode)) {
        ok = yaml.fail(f.get("securityMode"), field + ".securityMode", null,
            "unknown security mode '" + mode + "' (None, Sign, SignAndEncrypt)");
      } else if ("None".equals(policy) != "None".equals(mode)) {
        ok = yaml.fail(f.get("securityMode"), field + ".securityMode", null,
            "security policy None goes with mode None only, and only with it");
      }
      String user = yaml.text(f, "username", field, null, false);
      String password = Environment.expand(yaml.text(f, "password", field, null, false));
      double publishing = yaml.number(f, "publishingInterval", field, null,
          EndpointSettings.DEFAULT_PUBLISHING_MS);
      if (!(publishing > 0)) {
        ok = yaml.fail(f.get("publishingInterval"), field + ".publishingInterval", null,
            "must be a positive number of milliseconds");
      }
      if (ok) {
        out.put(url, new EndpointSettings(url, policy, mode, user, password, publishing));
      }
    }
  }

  private static void readTemplates(YamlFields yaml, Node list, Map<String, DeviceTemplate> out) {
    List<Node> items = yaml.sequence(list, "templates");
    for (int i = 0; i < items.size(); i++) {
      TemplateReader.read(yaml, items.get(i), "templates[" + i + "]").ifPresent(
          template -> out.put(template.name(), template));
    }
  }

  private static void readDevices(YamlFields yaml, String fileName, Node list,
      List<DeviceBinding> out, List<PendingDevice> pending) {
    List<Node> items = yaml.sequence(list, "devices");
    for (int i = 0; i < items.size(); i++) {
      String field = "devices[" + i + "]";
      Map<String, Node> f = yaml.mapping(items.get(i), field);
      String device = yaml.text(f, "device", field, null, true);
      boolean ok = device != null;
      ok &= yaml.onlyKnown(f, field, device, Set.of("device", "endpoint", "template", "rootNode"));
      String endpoint = yaml.text(f, "endpoint", field, device, true);
      String template = yaml.text(f, "template", field, device, true);
      String rootNode = yaml.text(f, "rootNode", field, device, true);
      ok &= endpoint != null && template != null && rootNode != null;
      if (endpoint != null && !ENDPOINT_URL.matcher(endpoint).matches()) {
        ok = yaml.fail(f.get("endpoint"), field + ".endpoint", device,
            "'" + endpoint + "' is not an opc.tcp://host:port/path URL");
      }
      if (rootNode != null && !NODE_ID_WITH_URI.matcher(rootNode).matches()) {
        ok = yaml.fail(f.get("rootNode"), field + ".rootNode", device,
            "'" + rootNode + "' is not a node id with namespace URI (nsu=<uri>;s=<id>)");
      }
      if (ok) {
        DeviceBinding binding = new DeviceBinding(device, endpoint, template, rootNode);
        out.add(binding);
        pending.add(new PendingDevice(binding, fileName, yaml.lineOf(f.get("template")), field));
      }
    }
  }

  /** Drops devices whose template is unknown, naming them. */
  private static AdapterConfig checkTemplates(AdapterConfig config, List<PendingDevice> pending) {
    List<DeviceBinding> devices = new ArrayList<>();
    List<MappingProblem> problems = new ArrayList<>(config.problems());
    for (PendingDevice p : pending) {
      if (config.templates().containsKey(p.binding.template())) {
        devices.add(p.binding);
      } else {
        problems.add(new MappingProblem(p.file, p.line, p.field + ".template", p.binding.device(),
            "unknown template '" + p.binding.template() + "' (known: "
                + String.join(", ", new java.util.TreeSet<>(config.templates().keySet())) + ")"));
      }
    }
    return new AdapterConfig(config.endpoints(), config.templates(), devices, problems);
  }

  private static AdapterConfig problem(String file, String message) {
    return new AdapterConfig(Map.of(), Map.of(), List.of(),
        List.of(new MappingProblem(file, 0, "", null, message)));
  }

  private static String orDefault(String value, String fallback) {
    return value == null ? fallback : value;
  }

  private record PendingDevice(DeviceBinding binding, String file, int line, String field) {}
}
