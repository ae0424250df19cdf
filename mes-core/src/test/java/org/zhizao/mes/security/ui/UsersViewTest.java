package org.zhizao.mes.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.zhizao.mes.security.Role;
import org.zhizao.mes.security.UserAdministration.UserView;
import org.zhizao.mes.support.ViewTest;

class UsersViewTest extends ViewTest {


    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    UserDesk desk;

    @Test
    void anAdministratorCreatesAUserAndChangesItsRoles() {
        signIn("admin", "ADMIN");
        navigate("users");
        String name = fresh();

        _setValue(_get(TextField.class, spec -> spec.withId("new-username")), name);
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), "initial-pass");
        _setValue(roles("new-roles"), Set.of(Role.INSPECTOR));
        _click(_get(Button.class, spec -> spec.withId("create-user")));

        assertThat(message()).isEqualTo("User " + name + " was created.");
        int row = row(name);
        assertThat(GridKt._getFormatted(grid(), row, "roles")).isEqualTo("Quality inspector");
        assertThat(GridKt._getFormatted(grid(), row, "enabled")).isEqualTo("Yes");

        _setValue(roles("edit-roles"), Set.of(Role.INSPECTOR, Role.MANAGER));
        _setValue(_get(Checkbox.class, spec -> spec.withId("edit-enabled")), false);
        _click(_get(Button.class, spec -> spec.withId("save-user")));

        assertThat(message()).isEqualTo("The changes to " + name + " were saved.");
        assertThat(GridKt._getFormatted(grid(), row(name), "roles")).isEqualTo("Quality inspector, Manager");
        assertThat(GridKt._getFormatted(grid(), row(name), "enabled")).isEqualTo("No (disabled)");

        _setValue(_get(PasswordField.class, spec -> spec.withId("reset-password")), "another-pass");
        _click(_get(Button.class, spec -> spec.withId("reset-password-button")));
        assertThat(message()).isEqualTo("The password of " + name + " was reset.");
    }

    @Test
    void aNewUserAgainstTheRulesIsNotCreatedAndTheRuleIsShown() {
        signIn("admin", "ADMIN");
        navigate("users");
        int before = GridKt._size(grid());

        _setValue(_get(TextField.class, spec -> spec.withId("new-username")), fresh());
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), "short");
        _click(_get(Button.class, spec -> spec.withId("create-user")));
        assertThat(message()).contains("password: must have 8 to 200 characters").contains("roles: must not be empty");

        _setValue(_get(TextField.class, spec -> spec.withId("new-username")), "operator");
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), "long-enough");
        _setValue(roles("new-roles"), Set.of(Role.OPERATOR));
        _click(_get(Button.class, spec -> spec.withId("create-user")));
        assertThat(message()).isEqualTo("Not done: user 'operator' already exists");
        assertThat(GridKt._size(grid())).isEqualTo(before);
    }

    @Test
    void anAdministratorCannotDisableTheirOwnAccount() {
        signIn("admin", "ADMIN");
        navigate("users");
        grid().select(GridKt._get(grid(), row("admin")));

        _setValue(_get(Checkbox.class, spec -> spec.withId("edit-enabled")), false);
        _click(_get(Button.class, spec -> spec.withId("save-user")));

        assertThat(message()).isEqualTo("Not done: you cannot disable your own account");
        assertThat(GridKt._getFormatted(grid(), row("admin"), "enabled")).isEqualTo("Yes");
    }

    @Test
    void aSupervisorCannotOpenUserManagement() {
        signIn("supervisor", "SUPERVISOR");
        navigate("");
        assertThat(_get(SideNav.class).getItems()).extracting(SideNavItem::getLabel).doesNotContain("Users");
        try {
            navigate("users");
        } catch (AssertionError forbidden) {
            assertThat(forbidden).hasMessageContaining("AccessDeniedException");
        }
        // Karibu shows the error page of a forbidden route; the view is nowhere in the UI
        assertThat(com.vaadin.flow.component.UI.getCurrent().getChildren()
                .noneMatch(c -> c instanceof UsersView || c.getChildren().anyMatch(UsersView.class::isInstance)))
                .isTrue();
    }

    @Test
    void theFacadeRefusesEveryRoleButAdministratorEvenWithTheScreenBypassed() {
        for (String role : new String[] {"MANAGER", "SUPERVISOR", "OPERATOR", "INSPECTOR"}) {
            signIn(role.toLowerCase(), role);
            assertThatThrownBy(() -> desk.users()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> desk.create(fresh(), "long-enough", Set.of(Role.ADMIN)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> desk.change("operator", Set.of(Role.ADMIN), true))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> desk.resetPassword("admin", "long-enough"))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private static String fresh() {
        return "user-" + System.nanoTime() % 1_000_000 + "-" + SERIAL.incrementAndGet();
    }

    @SuppressWarnings("unchecked")
    private static Grid<UserView> grid() {
        return _get(Grid.class, spec -> spec.withId("users-grid"));
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<Role> roles(String id) {
        return _get(CheckboxGroup.class, spec -> spec.withId(id));
    }

    private static int row(String username) {
        Grid<UserView> grid = grid();
        return IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).username().equals(username))
                .findFirst().orElseThrow();
    }

    private static String message() {
        return _get(Span.class, spec -> spec.withId("users-message")).getText();
    }
}
