package org.zhizao.twin;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.zhizao.twin.client.MesClient;
import org.zhizao.twin.view.SignInPane;
import org.zhizao.twin.view.TwinView;

/**
 * The desktop application: one window with the twin of the park named by {@code --url}, signed in as
 * {@code --user} with {@code --password} (or the password in ZHIZAO_PASSWORD); whatever is missing is asked
 * for in a sign-in window first.
 */
public final class TwinApp extends Application {

    private TwinView view;

    @Override
    public void start(Stage stage) {
        Map<String, String> args = getParameters().getNamed();
        Locale locale = "zh".equals(args.get("lang")) ? Locale.CHINESE
                : "en".equals(args.get("lang")) ? Locale.ENGLISH : Locale.getDefault();
        Credentials credentials = Credentials.from(args, System.getenv());
        URI url = uri(credentials.url());
        if (credentials.complete() && url != null) {
            open(stage, new MesClient(url, credentials.user(), credentials.password()), locale);
            return;
        }
        ResourceBundle messages = ResourceBundle.getBundle("org.zhizao.twin.messages", locale);
        SignInPane signIn = new SignInPane(messages, credentials.url(), credentials.user(), credentials.password(),
                client -> open(stage, client, locale));
        stage.setTitle(messages.getString("signin.title"));
        stage.setScene(new Scene(signIn));
        stage.show();
        signIn.focusFirstEmpty();
    }

    private void open(Stage stage, MesClient client, Locale locale) {
        view = new TwinView(client, locale);
        stage.setTitle(view.messages().getString("app.title") + " — " + client.base());
        // no depth buffer for the window: only the 3D view needs one, and it has its own
        stage.setScene(new Scene(view, 1280, 800));
        stage.centerOnScreen();
        stage.show();
        view.connect();
    }

    /** The server's address, or null for one the sign-in window should say is not an address. */
    private static URI uri(String url) {
        try {
            return MesClient.server(url);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public void stop() {
        if (view != null) {
            view.close();
        }
    }
}
