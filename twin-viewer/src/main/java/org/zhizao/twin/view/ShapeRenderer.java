package org.zhizao.twin.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.input.PickResult;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Box;
import javafx.scene.shape.CullFace;
import javafx.scene.transform.Rotate;
import org.zhizao.twin.scene.Shape;

/**
 * Keeps one {@link Box} per shape code in a group in the plant's frame (x east, y north, z up), changing only
 * what changed, so a frame with moving AGVs touches only the AGVs. A view with more than
 * {@link #MERGE_STATIONS_ABOVE} stations draws everything as two meshes ({@link MergedBoxes}), one for what
 * stands still and one for the AGVs: a thousand boxes cost a thousand draw calls, a mesh costs one. The
 * meshes carry the light in their colours ({@link #bakedLightNodes}).
 */
public final class ShapeRenderer {

    public static final int MERGE_STATIONS_ABOVE = 150;
    /** Camera distance (metres) beyond which a merged view draws the tops of its standing boxes only. */
    public static final double TOPS_ONLY_BEYOND = 250;

    private final Group plant = new Group();
    private final Map<String, Box> boxes = new HashMap<>();
    private final Map<Integer, PhongMaterial> materials = new HashMap<>();
    private final MergedBoxes fixedMesh = new MergedBoxes("fixed-mesh");
    private final MergedBoxes agvMesh = new MergedBoxes("agv-mesh");
    private final List<Shape> fixed = new ArrayList<>();
    private final List<Shape> agvs = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    private final int mergeStationsAbove;

    public ShapeRenderer() {
        this(MERGE_STATIONS_ABOVE);
    }

    /** @param mergeStationsAbove how many stations a view may have before they are drawn as one mesh */
    public ShapeRenderer(int mergeStationsAbove) {
        this.mergeStationsAbove = mergeStationsAbove;
        plant.setId("plant");
    }

    /** The plant group; its parent turns z up into JavaFX's frame. */
    public Group plant() {
        return plant;
    }

    /** The nodes whose colours carry the light already: lit by a white ambient light alone. */
    public List<Node> bakedLightNodes() {
        return List.of(agvMesh.view(), fixedMesh.view());
    }

    /** The merged mesh of what stands still. */
    MergedBoxes standing() {
        return fixedMesh;
    }

    /** The box drawn for a shape code, or null (also for stations drawn in the merged mesh). */
    public Box box(String code) {
        return boxes.get(code);
    }

    /** Whether a shape code is drawn, as a box or in a merged mesh. */
    public boolean drawn(String code) {
        return boxes.containsKey(code) || merging() && (fixedMesh.contains(code) || agvMesh.contains(code));
    }

    private boolean merging() {
        return plant.getChildren().contains(fixedMesh.view());
    }

    /** Nodes in the plant group: boxes or the merged meshes. */
    public int nodes() {
        return plant.getChildren().size();
    }

    /** The shape code under a pick: a box's, or the station of a face of the merged mesh; null for none. */
    public String codeAt(PickResult pick) {
        Node n = pick.getIntersectedNode();
        if (n != null && n.getUserData() instanceof MergedBoxes m) {
            return m.codeOfFace(pick.getIntersectedFace());
        }
        return n != null && n.getUserData() instanceof Shape s ? s.code() : null;
    }

    public void render(List<Shape> shapes) {
        render(shapes, 0);
    }

    /**
     * @param cameraDistance how far the camera is from its target (metres): merged views seen from farther
     *                       than {@link #TOPS_ONLY_BEYOND} draw the tops of the standing boxes only
     */
    public void render(List<Shape> shapes, double cameraDistance) {
        seen.clear();
        fixed.clear();
        agvs.clear();
        boolean merge = shapes.stream().filter(s -> s.kind() == Shape.Kind.STATION).limit(mergeStationsAbove + 1L)
                .count() > mergeStationsAbove;
        for (Shape s : shapes) {
            if (merge) {
                (s.kind() == Shape.Kind.AGV ? agvs : fixed).add(s);
                continue;
            }
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
            if (b.getUserData() != s) {
                update(b, s);
            }
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
        if (merge) {
            // from afar a box's sides are a few pixels: the tops alone look the same and cost a fifth
            fixedMesh.show(fixed, cameraDistance > TOPS_ONLY_BEYOND);
            agvMesh.show(agvs, false);
            if (!merging()) {
                // AGVs first: the floor is drawn after them and the depth test spares shading it under them
                plant.getChildren().addAll(agvMesh.view(), fixedMesh.view());
            }
        } else if (merging()) {
            plant.getChildren().removeAll(agvMesh.view(), fixedMesh.view());
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
