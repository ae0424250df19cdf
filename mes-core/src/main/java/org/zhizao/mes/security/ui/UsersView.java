package org.zhizao.mes.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.zhizao.mes.security.Role;
import org.zhizao.mes.security.UserAdministration.UserView;
import org.zhizao.mes.shared.domain.InvalidInput;
import org.zhizao.mes.shared.domain.NotFound;
import org.zhizao.mes.shared.domain.RuleViolation;

/** Administrators manage who may sign in and with which roles: create users, change roles, enable, reset passwords. */
@Route("users")
@Menu(title = "nav.users", order = 90)
@RolesAllowed("ADMIN")
@StyleSheet("context://styles/zhizao.css")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserDesk desk;
    private final Grid<UserView> grid = new Grid<>(UserView.class, false);
    private final TextField newName = new TextField();
    private final PasswordField newPassword = new PasswordField();
    private final CheckboxGroup<Role> newRoles = roles("new-roles");
    private final H3 editTitle = new H3();
    private final CheckboxGroup<Role> editRoles = roles("edit-roles");
    private final Checkbox editEnabled = new Checkbox();
    private final PasswordField resetPassword = new PasswordField();
    private final VerticalLayout editor = new VerticalLayout();
    private final Span message = new Span();

    public UsersView(UserDesk desk) {
        this.desk = desk;
        addClassName("users");
        message.setId("users-message");
        add(new H2(getTranslation("users.title")), message, configureGrid(), createForm(), configureEditor());
        reload();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users");
    }

    private Grid<UserView> configureGrid() {
        grid.setId("users-grid");
        grid.addColumn(UserView::username).setHeader(getTranslation("users.username")).setKey("username")
                .setAutoWidth(true);
        grid.addColumn(u -> u.roles().stream().sorted().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("users.roles")).setKey("roles")
                .setFlexGrow(2);
        grid.addColumn(u -> getTranslation(u.enabled() ? "users.enabled.yes" : "users.enabled.no"))
                .setHeader(getTranslation("users.enabled")).setKey("enabled").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        return grid;
    }

    private VerticalLayout createForm() {
        newName.setId("new-username");
        newName.setLabel(getTranslation("users.username"));
        newName.setHelperText(getTranslation("users.username.rule"));
        newPassword.setId("new-password");
        newPassword.setLabel(getTranslation("users.password"));
        newPassword.setHelperText(getTranslation("users.password.rule"));
        newRoles.setLabel(getTranslation("users.roles"));
        Button create = new Button(getTranslation("users.create"), click -> create());
        create.setId("create-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout fields = new HorizontalLayout(newName, newPassword, create);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout form = new VerticalLayout(new H3(getTranslation("users.new")), fields, newRoles);
        form.setPadding(false);
        return form;
    }

    private VerticalLayout configureEditor() {
        editTitle.setId("edit-title");
        editRoles.setLabel(getTranslation("users.roles"));
        editEnabled.setId("edit-enabled");
        editEnabled.setLabel(getTranslation("users.enabled.label"));
        Button save = new Button(getTranslation("common.save"), click -> save());
        save.setId("save-user");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        resetPassword.setId("reset-password");
        resetPassword.setLabel(getTranslation("users.password.new"));
        resetPassword.setHelperText(getTranslation("users.password.rule"));
        Button reset = new Button(getTranslation("users.password.reset"), click -> reset());
        reset.setId("reset-password-button");
        HorizontalLayout password = new HorizontalLayout(resetPassword, reset);
        password.setAlignItems(FlexComponent.Alignment.BASELINE);
        editor.add(editTitle, editRoles, editEnabled, save, password);
        editor.setId("user-editor");
        editor.setPadding(false);
        editor.setVisible(false);
        return editor;
    }

    private static CheckboxGroup<Role> roles(String id) {
        CheckboxGroup<Role> roles = new CheckboxGroup<>();
        roles.setId(id);
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> roles.getTranslation("role." + r.name()));
        return roles;
    }

    private void create() {
        run(() -> desk.create(newName.getValue().trim(), newPassword.getValue(), Set.copyOf(newRoles.getValue())))
                .ifPresent(user -> {
                    done(getTranslation("users.created", user.username()));
                    newName.clear();
                    newPassword.clear();
                    newRoles.clear();
                    reload();
                    grid.select(user);
                });
    }

    private void edit(UserView user) {
        editor.setVisible(user != null);
        if (user != null) {
            editTitle.setText(getTranslation("users.edit", user.username()));
            editRoles.setValue(user.roles());
            editEnabled.setValue(user.enabled());
            resetPassword.clear();
        }
    }

    private void save() {
        UserView selected = grid.asSingleSelect().getValue();
        if (selected == null) {
            return;
        }
        run(() -> desk.change(selected.username(), Set.copyOf(editRoles.getValue()), editEnabled.getValue()))
                .ifPresent(user -> {
                    done(getTranslation("users.saved", user.username()));
                    reload();
                    grid.select(user);
                });
    }

    private void reset() {
        UserView selected = grid.asSingleSelect().getValue();
        if (selected == null) {
            return;
        }
        run(() -> {
            desk.resetPassword(selected.username(), resetPassword.getValue());
            return selected;
        }).ifPresent(user -> {
            resetPassword.clear();
            done(getTranslation("users.password.done", user.username()));
        });
    }

    private void reload() {
        grid.setItems(desk.users());
    }

    private <T> java.util.Optional<T> run(Supplier<T> action) {
        try {
            return java.util.Optional.of(action.get());
        } catch (InvalidInput | RuleViolation | NotFound e) {
            message.setText(getTranslation("common.error", e.getMessage()));
            message.getElement().setAttribute("theme", "badge error");
            return java.util.Optional.empty();
        }
    }

    private void done(String text) {
        message.setText(text);
        message.getElement().setAttribute("theme", "badge success");
    }
}
