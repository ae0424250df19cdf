package org.zhizao.twin.view;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Box;
import javafx.scene.shape.CullFace;
import javafx.scene.transform.Rotate;
import org.zhizao.twin.scene.Shape;

/**
 * Keeps one {@link Box} per shape code in a group in the plant's frame (x east, y north, z up), changing only
 * what changed, so a frame with moving AGVs touches only the AGVs.
 */
public final class ShapeRenderer {

    private final Group plant = new Group();
    private final Map<String, Box> boxes = new HashMap<>();
    private final Map<Integer, PhongMaterial> materials = new HashMap<>();

    public ShapeRenderer() {
        plant.setId("plant");
    }

    /** The plant group; its parent turns z up into JavaFX's frame. */
    public Group plant() {
        return plant;
    }

    public Box box(String code) {
        return boxes.get(code);
    }

    public void render(List<Shape> shapes) {
        Set<String> seen = new HashSet<>();
        for (Shape s : shapes) {
            seen.add(s.code());
            Box b = boxes.get(s.code());
            if (b == null) {
                b = new Box();
                b.setId(s.code());
                b.setCullFace(CullFace.BACK);
                b.getTransforms().add(new Rotate(0, Rotate.Z_AXIS));
                boxes.put(s.code(), b);
                plant.getChildren().add(b);
            }
            update(b, s);
        }
        if (seen.size() != boxes.size()) {
            boxes.entrySet().removeIf(e -> {
                boolean stale = !seen.contains(e.getKey());
                if (stale) {
                    plant.getChildren().remove(e.getValue());
                }
                return stale;
            });
        }
    }

    private void update(Box b, Shape s) {
        set(b.widthProperty().get(), s.size().x(), b::setWidth);
        set(b.heightProperty().get(), s.size().y(), b::setHeight);
        set(b.depthProperty().get(), s.size().z(), b::setDepth);
        set(b.getTranslateX(), s.centre().x(), b::setTranslateX);
        set(b.getTranslateY(), s.centre().y(), b::setTranslateY);
        set(b.getTranslateZ(), s.centre().z(), b::setTranslateZ);
        Rotate r = (Rotate) b.getTransforms().get(0);
        set(r.getAngle(), s.heading(), r::setAngle);
        PhongMaterial m = material(s.rgb());
        if (b.getMaterial() != m) {
            b.setMaterial(m);
        }
        b.setUserData(s);
    }

    private static void set(double current, double wanted, java.util.function.DoubleConsumer setter) {
        if (current != wanted) {
            setter.accept(wanted);
        }
    }

    PhongMaterial material(int rgb) {
        return materials.computeIfAbsent(rgb, c -> {
            PhongMaterial m = new PhongMaterial(colour(c));
            m.setSpecularColor(Color.gray(0.15));
            return m;
        });
    }

    public static Color colour(int rgb) {
        return Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }
}
