package org.zhizao.twin.view;

/**
 * The view's lighting worked out once per face orientation instead of per pixel: the ambient light plus the
 * sun's diffuse light on a face of that orientation. Large views bake it into their palette and are drawn
 * under a white ambient light alone, which JavaFX draws with its cheapest shader; on software OpenGL the
 * per-pixel light is most of a frame's cost.
 */
public final class BakedLight {

    /** The ambient light's intensity, as the view's AmbientLight. */
    public static final double AMBIENT = 0.55;
    /** The sun's intensity, as the view's PointLight. */
    public static final double SUN = 0.6;
    /** Where the sun is in the plant's frame (x east, y north, z up), far away: south-west and high. */
    public static final double SUN_X = -2000;
    public static final double SUN_Y = -3000;
    public static final double SUN_Z = 4000;

    /** The orientations of a box's faces, in the order of {@link #NORMALS}. */
    public static final int TOP = 0;
    public static final int SOUTH = 1;
    public static final int EAST = 2;
    public static final int NORTH = 3;
    public static final int WEST = 4;
    static final double[][] NORMALS = {{0, 0, 1}, {0, -1, 0}, {1, 0, 0}, {0, 1, 0}, {-1, 0, 0}};

    private BakedLight() {
    }

    /** Light falling on a face of this orientation, 0 to 1: ambient plus the sun's share by its angle. */
    public static double intensity(int orientation) {
        double[] n = NORMALS[orientation];
        double length = Math.sqrt(SUN_X * SUN_X + SUN_Y * SUN_Y + SUN_Z * SUN_Z);
        double cos = (n[0] * SUN_X + n[1] * SUN_Y + n[2] * SUN_Z) / length;
        return Math.min(1, AMBIENT + SUN * Math.max(0, cos));
    }

    /** A colour as a face of this orientation shows it. */
    public static int lit(int rgb, int orientation) {
        double k = intensity(orientation);
        int r = (int) Math.round(((rgb >> 16) & 0xFF) * k);
        int g = (int) Math.round(((rgb >> 8) & 0xFF) * k);
        int b = (int) Math.round((rgb & 0xFF) * k);
        return (r << 16) | (g << 8) | b;
    }
}
