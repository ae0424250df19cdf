package org.zhizao.twin.view;

import java.io.IOException;
import java.net.URI;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.zhizao.twin.client.MesClient;

/**
 * Asks for the server, user name and password the command line did not give, and checks them with the
 * server before the twin opens; a refusal or an unreachable server is said in the window, which stays.
 */
public final class SignInPane extends GridPane {

    private final ResourceBundle messages;
    private final TextField url = new TextField();
    private final TextField user = new TextField();
    private final PasswordField password = new PasswordField();
    private final Button signIn = new Button();
    private final Label message = new Label();
    private final Consumer<MesClient> signedIn;

    public SignInPane(ResourceBundle messages, String url, String user, String password,
            Consumer<MesClient> signedIn) {
        this.messages = messages;
        this.signedIn = signedIn;
        this.url.setText(url);
        this.user.setText(user == null ? "" : user);
        this.password.setText(password == null ? "" : password);
        setId("sign-in");
        this.url.setId("sign-in-url");
        this.user.setId("sign-in-user");
        this.password.setId("sign-in-password");
        signIn.setId("sign-in-submit");
        message.setId("sign-in-message");
        message.setWrapText(true);
        message.setMaxWidth(360);
        signIn.setText(messages.getString("signin.submit"));
        signIn.setDefaultButton(true);
        signIn.setOnAction(e -> submit());
        setHgap(8);
        setVgap(8);
        setPadding(new Insets(24));
        addRow(0, new Label(messages.getString("signin.url")), this.url);
        addRow(1, new Label(messages.getString("signin.user")), this.user);
        addRow(2, new Label(messages.getString("signin.password")), this.password);
        add(signIn, 1, 3);
        add(message, 0, 4, 2, 1);
    }

    /** The field to type into first: the first empty one. */
    public void focusFirstEmpty() {
        (user.getText().isBlank() ? user : password).requestFocus();
    }

    private void submit() {
        URI server;
        try {
            server = MesClient.server(url.getText());
        } catch (IllegalArgumentException e) {
            say("signin.badurl", url.getText());
            return;
        }
        if (user.getText().isBlank() || password.getText().isEmpty()) {
            say("signin.missing");
            return;
        }
        MesClient client = new MesClient(server, user.getText().trim(), password.getText());
        signIn.setDisable(true);
        say("signin.checking", server);
        Thread t = new Thread(() -> {
            try {
                client.signIn();
                Platform.runLater(() -> signedIn.accept(client));
            } catch (MesClient.Refused e) {
                Platform.runLater(() -> say("signin.refused", user.getText().trim()));
            } catch (IOException e) {
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                Platform.runLater(() -> say("signin.unreachable", server, reason));
            }
        }, "twin-sign-in");
        t.setDaemon(true);
        t.start();
    }

    private void say(String key, Object... args) {
        signIn.setDisable(false);
        message.setText(MessageFormat.format(messages.getString(key), args));
    }
}
