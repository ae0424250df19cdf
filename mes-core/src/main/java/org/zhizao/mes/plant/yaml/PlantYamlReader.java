package org.zhizao.mes.plant.yaml;

import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.zhizao.mes.plant.domain.Factory;
import org.zhizao.mes.plant.domain.LocalizedName;
import org.zhizao.mes.plant.domain.Park;
import org.zhizao.mes.plant.domain.PlantModel;
import org.zhizao.mes.plant.domain.Vector3;
import org.zhizao.mes.plant.domain.WorkCalendar;
import org.zhizao.mes.plant.domain.Workshop;
import org.zhizao.mes.shared.domain.InvalidInput;

/**
 * Reads a plant file ({@code format: zhizao-plant/1}, see docs/plant-model.md) into a {@link PlantModel}.
 * The whole file is checked first; if anything is wrong, {@link InvalidInput} lists every problem with
 * file, line and field, and no model is returned.
 */
public final class PlantYamlReader {

    public static final String FORMAT = "zhizao-plant/1";
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");

    private PlantYamlReader() {
    }

    public static PlantModel read(String file, String text) {
        Problems problems = new Problems(file);
        PlantModel model = parse(text, problems);
        if (!problems.isEmpty() || model == null) {
            List<String> errors = problems.messages();
            throw new InvalidInput(file + " has " + errors.size() + (errors.size() == 1 ? " problem" : " problems")
                    + "; nothing was imported. " + errors.get(0)
                    + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""), errors);
        }
        return model;
    }

    private static PlantModel parse(String text, Problems problems) {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.add(mark == null ? 1 : mark.getLine() + 1, "(syntax)",
                    "not valid YAML: " + e.getProblem() + (mark == null ? "" : " at column " + (mark.getColumn() + 1)));
            return null;
        } catch (YAMLException e) {
            problems.add(1, "(syntax)", "not valid YAML: " + e.getMessage());
            return null;
        }
        if (root == null) {
            problems.add(1, "(file)", "the file is empty");
            return null;
        }
        YamlMap map = YamlMap.of(root, "", problems);
        if (map == null) {
            return null;
        }
        String format = map.text("format");
        if (format != null && !format.equals(FORMAT)) {
            problems.add(map.optional("format").orElse(root), "format", "expected '" + FORMAT + "', found '" + format
                    + "'");
        }
        // Workshops are checked against every calendar code, so one broken calendar is reported only once.
        Set<String> calendarCodes = new HashSet<>();
        List<WorkCalendar> calendars = CalendarReader.read(map, calendarCodes);
        Park park = park(map.map("park"), calendarCodes);
        map.finish();
        return park == null ? null : new PlantModel(park, calendars);
    }

    private static Park park(YamlMap map, Set<String> calendars) {
        if (map == null) {
            return null;
        }
        String code = localCode(map, new HashSet<>(), null);
        LocalizedName name = name(map);
        Vector3 size = vector(map, "size", true);
        Set<String> siblings = new HashSet<>();
        List<Factory> factories = map.list("factories", true,
                item -> factory(item, code, size, siblings, calendars));
        map.finish();
        return code == null || name == null || size == null ? null : new Park(code, name, size, factories);
    }

    private static Factory factory(YamlMap.Item item, String parent, Vector3 parentSize, Set<String> siblings,
            Set<String> calendars) {
        YamlMap map = item.map();
        if (map == null) {
            return null;
        }
        String code = localCode(map, siblings, parent);
        LocalizedName name = name(map);
        Vector3[] box = box(map, parent, parentSize);
        Set<String> children = new HashSet<>();
        List<Workshop> workshops = map.list("workshops", true,
                workshop -> WorkshopReader.workshop(workshop, code, box[1], children, calendars));
        map.finish();
        return code == null || name == null || box[0] == null || box[1] == null ? null
                : new Factory(code, name, box[0], box[1], workshops);
    }

    /** The full code of the element: its parent's code and its checked local code; null if wrong. */
    static String localCode(YamlMap map, Set<String> siblings, String parent) {
        String local = map.text("code");
        if (local == null) {
            return null;
        }
        Node node = map.optional("code").orElse(map.node());
        if (!CODE.matcher(local).matches()) {
            map.problems().add(node, map.field("code"), "'" + local
                    + "' is not a code: letters, digits, '-' and '_', at most 40, no '/'");
            return null;
        }
        String code = parent == null ? local : parent + "/" + local;
        if (!siblings.add(local)) {
            map.problems().add(node, map.field("code"), "duplicate code " + code);
        }
        return code;
    }

    static LocalizedName name(YamlMap map) {
        YamlMap name = map.map("name");
        if (name == null) {
            return null;
        }
        String zh = name.text("zh");
        String en = name.text("en");
        name.finish();
        return zh == null || en == null ? null : new LocalizedName(zh, en);
    }

    static Vector3 vector(YamlMap map, String key, boolean positive) {
        YamlMap vector = map.map(key);
        if (vector == null) {
            return null;
        }
        Double x = vector.number("x");
        Double y = vector.number("y");
        Double z = vector.number("z");
        vector.finish();
        if (x == null || y == null || z == null) {
            return null;
        }
        Vector3 result = new Vector3(x, y, z);
        if (positive && !result.isPositive()) {
            map.problems().add(vector.node(), vector.path(), "every extent must be greater than 0, found "
                    + Numbers.format(result));
            return null;
        }
        return result;
    }

    /**
     * Position and size of a child, checked to lie inside its parent's size.
     *
     * @return {position, size}, either null when wrong
     */
    static Vector3[] box(YamlMap map, String parent, Vector3 parentSize) {
        Vector3 position = vector(map, "position", false);
        Vector3 size = vector(map, "size", true);
        if (position != null && size != null && parentSize != null && !parentSize.contains(position, size)) {
            map.problems().add(map.optional("position").orElse(map.node()), map.field("position"),
                    "lies outside its parent " + parent + ": position " + Numbers.format(position) + " + size "
                            + Numbers.format(size) + " exceeds the parent's size " + Numbers.format(parentSize));
        }
        return new Vector3[] {position, size};
    }
}
