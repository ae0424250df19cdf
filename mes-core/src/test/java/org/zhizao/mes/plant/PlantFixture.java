package org.zhizao.mes.plant;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The demo plant file, and copies of it with one thing changed, for tests. */
public final class PlantFixture {

    public static final String DEMO = "demo-park.yaml";

    private PlantFixture() {
    }

    public static String demoYaml() {
        try (InputStream in = PlantFixture.class.getResourceAsStream("/plant/demo-park.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo file with the first occurrence of {@code text} replaced. */
    public static String demoWith(String text, String replacement) {
        String demo = demoYaml();
        int at = demo.indexOf(text);
        if (at < 0) {
            throw new IllegalArgumentException("not in the demo file: " + text);
        }
        return demo.substring(0, at) + replacement + demo.substring(at + text.length());
    }

    /** The line number (1-based) of the first occurrence of {@code text} in the demo file. */
    public static int demoLineOf(String text) {
        String demo = demoYaml();
        int at = demo.indexOf(text);
        if (at < 0) {
            throw new IllegalArgumentException("not in the demo file: " + text);
        }
        return (int) demo.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
