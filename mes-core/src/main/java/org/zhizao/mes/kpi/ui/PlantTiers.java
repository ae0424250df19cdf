package org.zhizao.mes.kpi.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhizao.mes.plant.PlantDirectory;

/**
 * The five tiers of the plant (park, factory, workshop, line, station) as the dashboard walks them, read
 * from the stations' full codes ({@code P1/F1/W1/L1/S01}): every tier above a station is a prefix of its
 * code. The tiers above take their names from the plant's tier names.
 */
final class PlantTiers {

    /** The tiers, top down; a code's tier is its number of segments. */
    enum Tier { PARK, FACTORY, WORKSHOP, LINE, STATION }

    /**
     * An element of one tier.
     *
     * @param stations the full codes of the stations under it (itself for a station)
     */
    record Element(String code, Tier tier, String nameZh, String nameEn, List<String> stations) {

        String localCode() {
            return code.substring(code.lastIndexOf('/') + 1);
        }
    }

    private final Map<String, Element> elements = new LinkedHashMap<>();

    PlantTiers(List<PlantDirectory.StationInfo> stations, List<PlantDirectory.TierName> tierNames) {
        Map<String, List<String>> under = new LinkedHashMap<>();
        for (PlantDirectory.StationInfo s : stations) {
            String[] parts = s.code().split("/");
            for (int depth = 1; depth <= Math.min(parts.length, Tier.values().length); depth++) {
                under.computeIfAbsent(String.join("/", java.util.Arrays.copyOf(parts, depth)), k -> new ArrayList<>())
                        .add(s.code());
            }
        }
        Map<String, PlantDirectory.StationInfo> byCode = new LinkedHashMap<>();
        stations.forEach(s -> byCode.put(s.code(), s));
        Map<String, PlantDirectory.TierName> names = new LinkedHashMap<>();
        tierNames.forEach(n -> names.put(n.code(), n));
        under.forEach((code, codes) -> {
            Tier tier = Tier.values()[code.split("/").length - 1];
            PlantDirectory.StationInfo station = tier == Tier.STATION ? byCode.get(code) : null;
            PlantDirectory.TierName name = names.get(code);
            String zh = station != null ? station.nameZh() : name == null ? null : name.nameZh();
            String en = station != null ? station.nameEn() : name == null ? null : name.nameEn();
            elements.put(code, new Element(code, tier, zh, en, List.copyOf(codes)));
        });
    }

    /** The park: the top of the first station's code. */
    Optional<Element> root() {
        return elements.values().stream().filter(e -> e.tier() == Tier.PARK).findFirst();
    }

    Optional<Element> find(String code) {
        return Optional.ofNullable(elements.get(code));
    }

    /** The elements one tier down, in plant-file order. */
    List<Element> children(Element parent) {
        int depth = parent.tier().ordinal() + 2;
        return elements.values().stream().filter(e -> e.code().startsWith(parent.code() + "/")
                && e.code().split("/").length == depth).toList();
    }

    /** The way down from the park to the element, both included: the breadcrumb. */
    List<Element> path(Element element) {
        List<Element> path = new ArrayList<>();
        String[] parts = element.code().split("/");
        for (int depth = 1; depth <= parts.length; depth++) {
            find(String.join("/", java.util.Arrays.copyOf(parts, depth))).ifPresent(path::add);
        }
        return path;
    }
}
