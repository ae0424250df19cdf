package org.zhizao.twin.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.shape.VertexFormat;
import org.zhizao.twin.scene.Shape;

/**
 * Many boxes as one {@link TriangleMesh}: one draw call instead of one per box. Each face's colour is a
 * texture coordinate into a small palette image that holds every colour as each face orientation shows it
 * under the view's light ({@link BakedLight}), so the mesh needs no light per pixel, and a state change
 * rewrites a few numbers and no geometry; a box that moves or turns (an AGV) rewrites its eight corners in
 * place. The mesh is built anew only when the boxes are other boxes (other codes, or in another order).
 */
final class MergedBoxes {

    /**
     * Palette slots: the state, alarm, AGV, floor and overlay colours of one view fit many times over; a
     * view with more colours (the continuous heat-map colours of hundreds of buildings) starts again.
     */
    private static final int PALETTE = 64;
    /** Palette rows: one per face orientation of {@link BakedLight}. */
    private static final int ORIENTATIONS = 5;
    /**
     * The triangles of a box over its 8 corners (0-3 bottom, 4-7 top), wound outward: top and sides (south,
     * east, north, west, two triangles each, in {@link BakedLight}'s order). The camera never goes below the
     * floor, so bottoms are left out: a sixth fewer triangles to set up.
     */
    private static final int[][] BOX = {
        {4, 5, 6}, {4, 6, 7}, {0, 1, 5}, {0, 5, 4},
        {1, 2, 6}, {1, 6, 5}, {2, 3, 7}, {2, 7, 6}, {3, 0, 4}, {3, 4, 7}};
    /** The coarse level of detail: tops only, a fifth of the triangles, for boxes seen from afar. */
    private static final int[][] TOPS = {{4, 5, 6}, {4, 6, 7}};
    /** The face normals of each orientation, in the plant's frame. */
    private static final float[] NORMALS = normals();

    private final MeshView view = new MeshView();
    private final WritableImage palette = new WritableImage(PALETTE, ORIENTATIONS);
    private final Map<Integer, Integer> slots = new HashMap<>();
    private final List<Shape> boxes = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final float[] uv = new float[2 * ORIENTATIONS];
    private float[] points = new float[0];
    /** The box of each group of a box's triangles, in drawing order. */
    private int[] drawn = new int[0];
    private TriangleMesh mesh;
    private int[][] triangles = BOX;

    MergedBoxes(String id) {
        PhongMaterial material = new PhongMaterial(Color.WHITE);
        material.setDiffuseMap(palette);
        view.setMaterial(material);
        view.setCullFace(CullFace.BACK);
        view.setId(id);
        view.setUserData(this);
    }

    MeshView view() {
        return view;
    }

    /** The code of the box a picked face belongs to, or null. */
    String codeOfFace(int face) {
        int group = face / triangles.length;
        return face < 0 || group >= drawn.length ? null : boxes.get(drawn[group]).code();
    }

    boolean contains(String code) {
        return index.containsKey(code);
    }

    TriangleMesh mesh() {
        return mesh;
    }

    /** The colour a face of this orientation of a box shows: its palette pixel. */
    int shownRgb(String code, int orientation) {
        int at = (index.get(code) * ORIENTATIONS + orientation) * 2;
        int x = (int) (mesh.getTexCoords().get(at) * PALETTE);
        int y = (int) (mesh.getTexCoords().get(at + 1) * ORIENTATIONS);
        return palette.getPixelReader().getArgb(x, y) & 0xFFFFFF;
    }

    /**
     * Draws these boxes, whole or as their tops only: rebuilds the mesh if they are other boxes or the other
     * level of detail, else changes colours and corners only.
     */
    void show(List<Shape> shapes, boolean topsOnly) {
        int[][] wanted = topsOnly ? TOPS : BOX;
        if (!sameBoxes(shapes) || slots.size() >= PALETTE || wanted != triangles) {
            triangles = wanted;
            build(shapes);
            return;
        }
        int firstMoved = Integer.MAX_VALUE;
        int lastMoved = -1;
        for (int i = 0; i < shapes.size(); i++) {
            Shape s = shapes.get(i);
            Shape before = boxes.get(i);
            if (s == before) {
                continue;
            }
            if (s.rgb() != before.rgb()) {
                slotCoordinates(slot(s.rgb()));
                mesh.getTexCoords().set(i * uv.length, uv, 0, uv.length);
            }
            if (!s.centre().equals(before.centre()) || !s.size().equals(before.size())
                    || s.heading() != before.heading()) {
                corners(s, i * 24);
                firstMoved = Math.min(firstMoved, i);
                lastMoved = i;
            }
            boxes.set(i, s);
        }
        if (lastMoved >= 0) {
            // one upload of the moved range, not one per box
            mesh.getPoints().set(firstMoved * 24, points, firstMoved * 24, (lastMoved - firstMoved + 1) * 24);
        }
    }

    private boolean sameBoxes(List<Shape> shapes) {
        if (mesh == null || shapes.size() != boxes.size()) {
            return false;
        }
        for (int i = 0; i < shapes.size(); i++) {
            if (shapes.get(i) != boxes.get(i) && !shapes.get(i).code().equals(boxes.get(i).code())) {
                return false;
            }
        }
        return true;
    }

    /** Writes a box's eight corners, turned by its heading about its vertical axis, at {@code at}. */
    private void corners(Shape s, int at) {
        double hx = s.size().x() / 2;
        double hy = s.size().y() / 2;
        double hz = s.size().z() / 2;
        double a = Math.toRadians(s.heading());
        double cos = Math.cos(a);
        double sin = Math.sin(a);
        int p = at;
        for (int corner = 0; corner < 8; corner++) {
            double x = corner == 1 || corner == 2 || corner == 5 || corner == 6 ? hx : -hx;
            double y = corner == 2 || corner == 3 || corner == 6 || corner == 7 ? hy : -hy;
            points[p++] = (float) (s.centre().x() + x * cos - y * sin);
            points[p++] = (float) (s.centre().y() + x * sin + y * cos);
            points[p++] = (float) (s.centre().z() + (corner >= 4 ? hz : -hz));
        }
    }

    private void build(List<Shape> shapes) {
        boxes.clear();
        boxes.addAll(shapes);
        index.clear();
        slots.clear();
        points = new float[shapes.size() * 8 * 3];
        float[] tex = new float[shapes.size() * uv.length];
        for (int i = 0; i < shapes.size(); i++) {
            Shape s = shapes.get(i);
            index.put(s.code(), i);
            corners(s, i * 24);
            slotCoordinates(slot(s.rgb()));
            System.arraycopy(uv, 0, tex, i * uv.length, uv.length);
        }
        drawn = frontToBack(shapes);
        int[] faces = new int[shapes.size() * triangles.length * 9];
        int f = 0;
        for (int i : drawn) {
            for (int t = 0; t < triangles.length; t++) {
                int orientation = t / 2;
                for (int v : triangles[t]) {
                    faces[f++] = i * 8 + v;
                    faces[f++] = orientation;
                    faces[f++] = i * ORIENTATIONS + orientation;
                }
            }
        }
        // normals of its own: JavaFX then updates only the vertices of changed points and texture
        // coordinates, where a mesh without them is worked out anew, all of it, on every change
        TriangleMesh m = new TriangleMesh(VertexFormat.POINT_NORMAL_TEXCOORD);
        m.getPoints().setAll(points);
        m.getNormals().setAll(NORMALS);
        m.getTexCoords().setAll(tex);
        m.getFaces().setAll(faces);
        mesh = m;
        view.setMesh(m);
    }

    /**
     * The boxes in drawing order, highest top first: seen from above, what stands on a floor is nearer than
     * the floor, so the depth test then spares shading the floor where things hide it.
     */
    private static int[] frontToBack(List<Shape> shapes) {
        return IntStream.range(0, shapes.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -top(shapes.get(i))))
                .mapToInt(Integer::intValue).toArray();
    }

    private static float[] normals() {
        float[] n = new float[ORIENTATIONS * 3];
        for (int o = 0; o < ORIENTATIONS; o++) {
            for (int k = 0; k < 3; k++) {
                n[o * 3 + k] = (float) BakedLight.NORMALS[o][k];
            }
        }
        return n;
    }

    private static double top(Shape s) {
        return s.centre().z() + s.size().z() / 2;
    }

    private int slot(int rgb) {
        Integer slot = slots.get(rgb);
        if (slot == null) {
            slot = slots.size() % PALETTE;
            slots.put(rgb, slot);
            PixelWriter w = palette.getPixelWriter();
            for (int o = 0; o < ORIENTATIONS; o++) {
                w.setArgb(slot, o, 0xFF000000 | BakedLight.lit(rgb, o));
            }
        }
        return slot;
    }

    /** The texture coordinates of a palette slot's colour for each face orientation, into {@link #uv}. */
    private void slotCoordinates(int slot) {
        for (int o = 0; o < ORIENTATIONS; o++) {
            uv[o * 2] = (slot + 0.5f) / PALETTE;
            uv[o * 2 + 1] = (o + 0.5f) / ORIENTATIONS;
        }
    }
}
