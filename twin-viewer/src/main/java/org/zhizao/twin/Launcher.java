package org.zhizao.twin;

import javafx.application.Application;

/**
 * The jar's main class: {@code java -jar twin-viewer.jar [--url http://localhost:8080] [--user manager]
 * [--password …] [--lang zh]}. A plain class, because starting an {@code Application} subclass from the
 * classpath fails with "JavaFX runtime components are missing".
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(TwinApp.class, args);
    }
}
