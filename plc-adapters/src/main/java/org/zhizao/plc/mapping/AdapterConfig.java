package org.zhizao.plc.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the adapters need: endpoints, templates, device bindings, and the problems found while
 * loading them. Problems do not stop the valid devices; they are reported when the adapter starts.
 *
 * <p>Build one from files with {@link MappingLoader}, or in code, e.g. from a plant model:
 *
 * <pre>{@code
 * AdapterConfig config = AdapterConfig.empty()
 *     .withTemplates(DefaultTemplates.load())
 *     .withDevice(new DeviceBinding(code, binding.endpoint(), binding.template(), binding.rootNode()));
 * }</pre>
 *
 * @param endpoints connection settings by endpoint URL; a device whose URL has none connects
 *     without security and anonymously
 * @param templates templates by name
 * @param devices the device bindings
 * @param problems problems found while loading
 */
public record AdapterConfig(
    Map<String, EndpointSettings> endpoints,
    Map<String, DeviceTemplate> templates,
    List<DeviceBinding> devices,
    List<MappingProblem> problems) {

  public AdapterConfig {
    endpoints = Map.copyOf(endpoints);
    templates = Map.copyOf(templates);
    devices = List.copyOf(devices);
    problems = List.copyOf(problems);
  }

  /** A configuration with nothing in it. */
  public static AdapterConfig empty() {
    return new AdapterConfig(Map.of(), Map.of(), List.of(), List.of());
  }

  /** The settings for an endpoint URL: the configured ones, or no security and anonymous. */
  public EndpointSettings endpointFor(String url) {
    return endpoints.getOrDefault(url, EndpointSettings.insecure(url));
  }

  /** A copy with the given templates added (replacing templates of the same name). */
  public AdapterConfig withTemplates(Map<String, DeviceTemplate> more) {
    Map<String, DeviceTemplate> all = new LinkedHashMap<>(templates);
    all.putAll(more);
    return new AdapterConfig(endpoints, all, devices, problems);
  }

  /** A copy with the endpoint settings added (replacing settings for the same URL). */
  public AdapterConfig withEndpoint(EndpointSettings settings) {
    Map<String, EndpointSettings> all = new LinkedHashMap<>(endpoints);
    all.put(settings.url(), settings);
    return new AdapterConfig(all, templates, devices, problems);
  }

  /** A copy with one more device. */
  public AdapterConfig withDevice(DeviceBinding binding) {
    List<DeviceBinding> all = new ArrayList<>(devices);
    all.add(binding);
    return new AdapterConfig(endpoints, templates, all, problems);
  }

  /** A copy that merges another configuration into this one. */
  public AdapterConfig merge(AdapterConfig other) {
    Map<String, EndpointSettings> allEndpoints = new LinkedHashMap<>(endpoints);
    allEndpoints.putAll(other.endpoints);
    Map<String, DeviceTemplate> allTemplates = new LinkedHashMap<>(templates);
    allTemplates.putAll(other.templates);
    List<DeviceBinding> allDevices = new ArrayList<>(devices);
    allDevices.addAll(other.devices);
    List<MappingProblem> allProblems = new ArrayList<>(problems);
    allProblems.addAll(other.problems);
    return new AdapterConfig(allEndpoints, allTemplates, allDevices, allProblems);
  }

  /** Throws a {@link MappingException} listing the problems, if there are any. */
  public AdapterConfig requireNoProblems() {
    if (!problems.isEmpty()) {
      throw new MappingException(problems);
    }
    return this;
  }
}
