package org.zhizao.mes.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;

/**
 * The frame around every screen: the menu (only the screens the user's role may open, each feature
 * placing its own with {@code @Menu}), the user and role, the language switch and sign-out.
 */
@Layout
@AnonymousAllowed
// plain CSS served as a static resource: a theme folder would force a frontend build
@StyleSheet("context://styles/zhizao.css")
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext auth, UserLanguages languages) {
        addClassName("main-layout");
        Span title = new Span(getTranslation("app.name"));
        title.addClassName("app-title");

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        auth.getAuthenticatedUser(org.springframework.security.core.userdetails.UserDetails.class)
                .ifPresent(user -> {
                    Span who = new Span(user.getUsername() + " · " + user.getAuthorities().stream()
                            .map(GrantedAuthority::getAuthority)
                            .map(a -> getTranslation("role." + a.replace("ROLE_", "")))
                            .collect(Collectors.joining(", ")));
                    who.setId("current-user");
                    Select<Locale> language = new Select<>();
                    language.setId("language");
                    language.setItems(Messages.LOCALES);
                    language.setItemLabelGenerator(l -> l.equals(Messages.CHINESE) ? "中文" : "English");
                    language.setValue(Messages.supported(getLocale()));
                    language.addValueChangeListener(e -> {
                        if (e.isFromClient() && e.getValue() != null) {
                            languages.choose(user.getUsername(), e.getValue());
                            UI ui = UI.getCurrent();
                            ui.getSession().setLocale(e.getValue());
                            ui.getPage().reload();
                        }
                    });
                    Button logout = new Button(getTranslation("nav.logout"), click -> auth.logout());
                    logout.setId("logout");
                    logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    HorizontalLayout right = new HorizontalLayout(who, language, logout);
                    right.setAlignItems(FlexComponent.Alignment.CENTER);
                    right.getStyle().set("margin-left", "auto").set("margin-right", "var(--lumo-space-m)");
                    header.add(right);
                });
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.setId("menu");
        MenuConfiguration.getMenuEntries().forEach(entry ->
                nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path())));
        addToDrawer(nav);
    }
}
