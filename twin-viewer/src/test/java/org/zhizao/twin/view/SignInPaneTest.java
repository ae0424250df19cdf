package org.zhizao.twin.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zhizao.twin.client.MesClient;
import org.zhizao.twin.support.MesServer;

/** The sign-in window against the packaged mes-core (demo profile): refusals are said, success connects. */
@ExtendWith(ApplicationExtension.class)
class SignInPaneTest {

    private final AtomicReference<MesClient> signedIn = new AtomicReference<>();

    @BeforeAll
    static void server() {
        MesServer.get();
    }

    @Start
    void start(Stage stage) {
        ResourceBundle messages = ResourceBundle.getBundle("org.zhizao.twin.messages", Locale.ENGLISH);
        stage.setScene(new Scene(new SignInPane(messages, MesServer.get().url().toString(), "manager", null,
                signedIn::set)));
        stage.show();
    }

    private String submit(FxRobot robot, String url, String user, String password) throws Exception {
        Label message = robot.lookup("#sign-in-message").queryAs(Label.class);
        robot.interact(() -> {
            robot.lookup("#sign-in-url").queryAs(TextField.class).setText(url);
            robot.lookup("#sign-in-user").queryAs(TextField.class).setText(user);
            robot.lookup("#sign-in-password").queryAs(TextField.class).setText(password);
            message.setText("");
        });
        robot.clickOn("#sign-in-submit");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> signedIn.get() != null
                || !message.getText().isEmpty() && !message.getText().startsWith("Checking"));
        return message.getText();
    }

    @Test
    void aWrongPasswordIsRefusedByNameAndTheWindowStays(FxRobot robot) throws Exception {
        String said = submit(robot, MesServer.get().url().toString(), "manager", "not-the-password");
        assertThat(said).contains("refused").contains("“manager”");
        assertThat(signedIn.get()).isNull();
    }

    @Test
    void anUnreachableServerIsNamed(FxRobot robot) throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closed;
        String said = submit(robot, url, "manager", "demo");
        assertThat(said).startsWith("Cannot reach " + url);
        assertThat(signedIn.get()).isNull();
    }

    @Test
    void whatIsNotAServerAddressOrAMissingPasswordIsSaidBeforeAnyRequest(FxRobot robot) throws Exception {
        assertThat(submit(robot, "mes.example", "manager", "demo")).contains("“mes.example” is not a server address");
        assertThat(submit(robot, MesServer.get().url().toString(), "manager", "")).isEqualTo(
                "Enter a user name and a password.");
        assertThat(signedIn.get()).isNull();
    }

    @Test
    void theRightPasswordHandsOverAClientThatReadsThePlant(FxRobot robot) throws Exception {
        submit(robot, MesServer.get().url().toString(), "manager", "demo");
        assertThat(signedIn.get()).isNotNull();
        assertThat(signedIn.get().layout().get("P1")).isNotNull();
    }
}
