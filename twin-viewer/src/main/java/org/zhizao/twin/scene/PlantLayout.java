package org.zhizao.twin.scene;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** All elements of the park by code, parents before children. */
public final class PlantLayout {

    private final Map<String, Element> byCode = new LinkedHashMap<>();
    private final Map<String, List<Element>> children = new LinkedHashMap<>();
    private final String park;

    public PlantLayout(String park, Collection<Element> elements) {
        this.park = park;
        for (Element e : elements) {
            byCode.put(e.code(), e);
            if (e.parentCode() != null) {
                children.computeIfAbsent(e.parentCode(), k -> new ArrayList<>()).add(e);
            }
        }
    }

    public String park() {
        return park;
    }

    public Element get(String code) {
        return byCode.get(code);
    }

    public Collection<Element> all() {
        return byCode.values();
    }

    public List<Element> children(String code) {
        return children.getOrDefault(code, List.of());
    }

    /** The chain from the park down to the element, the element last. */
    public List<Element> ancestry(String code) {
        List<Element> chain = new ArrayList<>();
        for (Element e = byCode.get(code); e != null; e = e.parentCode() == null ? null : byCode.get(e.parentCode())) {
            chain.add(0, e);
        }
        return chain;
    }

    /** The station (or other tier element) an equipment, AGV or path code lies in: its nearest tier ancestor. */
    public Element tierElementOf(String code) {
        Element e = byCode.get(code);
        while (e != null && e.tier() == null) {
            e = byCode.get(e.parentCode());
        }
        return e;
    }

    /** Elements whose code or name (either language) contains the query, ignoring case; exact codes first. */
    public List<Element> search(String query) {
        String q = query.trim().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return List.of();
        }
        List<Element> found = new ArrayList<>();
        Element exact = byCode.values().stream().filter(e -> e.code().equalsIgnoreCase(q)).findFirst().orElse(null);
        if (exact != null) {
            found.add(exact);
        }
        for (Element e : byCode.values()) {
            if (e != exact && (contains(e.code(), q) || contains(e.nameEn(), q) || contains(e.nameZh(), q))) {
                found.add(e);
            }
        }
        return found;
    }

    private static boolean contains(String s, String q) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(q);
    }
}
