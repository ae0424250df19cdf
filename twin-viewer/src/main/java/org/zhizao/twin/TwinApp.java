package org.zhizao.twin;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.zhizao.twin.client.MesClient;
import org.zhizao.twin.view.TwinView;

/** The desktop application: one window with the twin of the park named by {@code --url}. */
public final class TwinApp extends Application {

    private TwinView view;

    @Override
    public void start(Stage stage) {
        Map<String, String> args = getParameters().getNamed();
        String url = args.getOrDefault("url", "http://localhost:8080");
        Locale locale = "zh".equals(args.get("lang")) ? Locale.CHINESE
                : "en".equals(args.get("lang")) ? Locale.ENGLISH : Locale.getDefault();
        MesClient client = new MesClient(URI.create(url), args.getOrDefault("user", "manager"),
                args.getOrDefault("password", "demo"));
        view = new TwinView(client, locale);
        stage.setTitle(view.messages().getString("app.title") + " — " + url);
        // no depth buffer for the window: only the 3D view needs one, and it has its own
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
        view.connect();
    }

    @Override
    public void stop() {
        if (view != null) {
            view.close();
        }
    }
}
