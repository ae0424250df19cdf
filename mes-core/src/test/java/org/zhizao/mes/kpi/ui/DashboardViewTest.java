package org.zhizao.mes.kpi.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhizao.mes.support.ViewTest;

class DashboardViewTest extends ViewTest {


    @Autowired
    JdbcTemplate jdbc;

    @Test
    void atTheParkTierTheManagerSeesTheFactoriesWithTheirKpisAndTheCharts() {
        signIn("manager", "MANAGER");
        navigate("dashboard");

        assertThat(currentPath()).isEqualTo("dashboard");
        assertThat(breadcrumb()).isEqualTo("Suzhou Zhizao Industrial Park");
        assertThat(children()).containsExactly("Factory F1 · Precision Machining Plant", "Factory F2 · Final Assembly Plant");
        assertThat(svg("dashboard-trend")).contains("<svg");
        assertThat(svg("dashboard-pareto")).contains("<svg");
        assertThat(svg("dashboard-targets")).contains("data-target=\"productionEfficiency\"")
                .contains("data-target=\"operatingCost\"").contains("Operating cost (per good part")
                .contains("data-target=\"numericalControlShare\"");
        assertThat(_get(SideNav.class).getItems()).extracting(SideNavItem::getLabel).contains("KPI dashboard");
    }

    @Test
    void drillingDownFromTheParkToAStationChangesTheBreadcrumbAndTheChildren() {
        signIn("manager", "MANAGER");
        navigate("dashboard");

        drill("F1");
        assertThat(currentPath()).isEqualTo("dashboard/P1/F1");
        assertThat(breadcrumb()).isEqualTo("Suzhou Zhizao Industrial Park › Precision Machining Plant");
        assertThat(children()).containsExactly("Workshop W1 · CNC Machining Workshop", "Workshop W2 · Welding Workshop");

        drill("W1");
        assertThat(breadcrumb()).isEqualTo("Suzhou Zhizao Industrial Park › Precision Machining Plant › CNC Machining Workshop");
        assertThat(children()).containsExactly("Line L1 · CNC Machining line 1", "Line L2 · CNC Machining line 2");

        drill("L1");
        assertThat(breadcrumb()).isEqualTo("Suzhou Zhizao Industrial Park › Precision Machining Plant › CNC Machining Workshop › CNC Machining line 1");
        assertThat(children()).hasSize(5).first().isEqualTo("S01 CNC lathe");
        assertThat(grid().getColumnByKey("state").isVisible()).isTrue();
        Component badge = GridKt._getCellComponent(grid(), 0, "state");
        assertThat(badge.getElement().getClassList()).contains("state-badge");

        GridKt._clickItem(grid(), 0);
        assertThat(currentPath()).isEqualTo("dashboard/P1/F1/W1/L1/S01");
        assertThat(breadcrumb()).isEqualTo("Suzhou Zhizao Industrial Park › Precision Machining Plant › CNC Machining Workshop › CNC Machining line 1 › S01 CNC lathe");
        assertThat(_find(ChildrenGrid.class)).isEmpty();
        assertThat(_get(Span.class, spec -> spec.withId("dashboard-state")).isVisible()).isTrue();

        _click(_get(Button.class, spec -> spec.withId("crumb-0")));
        assertThat(currentPath()).isEqualTo("dashboard/P1");
        assertThat(children()).containsExactly("Factory F1 · Precision Machining Plant", "Factory F2 · Final Assembly Plant");
    }

    @Test
    void inChineseTheTiersCarryTheirChineseNames() {
        signIn("manager", "MANAGER");
        UI.getCurrent().setLocale(org.zhizao.mes.ui.Messages.CHINESE);
        navigate("dashboard/P1/F1");
        assertThat(breadcrumb()).isEqualTo("苏州智造产业园 › 精密机加工厂");
        assertThat(children()).containsExactly("车间 W1 · 数控机加工车间", "车间 W2 · 焊接车间");
    }

    @Test
    void kpisWithoutDataReadAsADashNotAsAnError() {
        signIn("manager", "MANAGER");
        open("dashboard/P1/F2/W2/L2/S05", "SHIFT");

        assertThat(kpi("quality")).isEqualTo("–");
        assertThat(kpi("scrapRate")).isEqualTo("–");
        assertThat(kpi("energyPerUnit")).isEqualTo("–");
        assertThat(kpi("mttr")).isEqualTo("–");
        assertThat(kpi("good")).isEqualTo("0");
        assertThat(_get(Span.class, spec -> spec.withId("dashboard-error")).getText()).isEmpty();
    }

    @Test
    void aStationShowsTheOutputScrapEnergyAndDowntimeTheShopFloorRecorded() {
        new ShopFloorRecordsFixture(jdbc)
                .counted("P1/F2/W2/L2/S03/ROB", 30, 2, Duration.ofMinutes(20))
                .counted("P1/F2/W2/L2/S03/ROB", 8, 0, Duration.ofMinutes(10))
                .drew("P1/F2/W2/L2/S03/EM", 19, Duration.ofMinutes(15))
                .was("P1/F2/W2/L2/S03/ROB", "UNPLANNED_DOWN", "BREAKDOWN-MECH", Duration.ofMinutes(40),
                        Duration.ofMinutes(12));
        signIn("manager", "MANAGER");
        open("dashboard/P1/F2/W2/L2/S03", "LAST_7_DAYS");

        assertThat(kpi("good")).isEqualTo("38");
        assertThat(kpi("scrap")).isEqualTo("2");
        assertThat(kpi("quality")).isEqualTo("95.0%");
        assertThat(kpi("scrapRate")).isEqualTo("5.0%");
        assertThat(kpi("energyPerUnit")).isEqualTo("0.50 kWh");
        assertThat(svg("dashboard-pareto")).contains("data-label=\"Mechanical failure\"").contains("12 min 0 s");

        _click(_get(Button.class, spec -> spec.withId("crumb-3")));
        assertThat(currentPath()).isEqualTo("dashboard/P1/F2/W2/L2");
        assertThat(GridKt._getFormatted(grid(), children().indexOf("S03 Painting robot"), "good")).isEqualTo("38");
    }

    @Test
    void anOperatorCannotOpenTheDashboard() {
        cannotOpenTheDashboard("operator", "OPERATOR");
    }

    @Test
    void anInspectorCannotOpenTheDashboard() {
        cannotOpenTheDashboard("inspector", "INSPECTOR");
    }

    private void cannotOpenTheDashboard(String user, String role) {
        signIn(user, role);
        navigate("");
        assertThat(_get(SideNav.class).getItems()).extracting(SideNavItem::getLabel).doesNotContain("KPI dashboard");
        refused(() -> navigate("dashboard"), DashboardView.class);
    }

    @Test
    void aSupervisorMayOpenTheDashboard() {
        signIn("supervisor", "SUPERVISOR");
        navigate("dashboard/P1/F1");
        assertThat(_find(DashboardView.class)).hasSize(1);
        assertThat(breadcrumb()).isEqualTo("Suzhou Zhizao Industrial Park › Precision Machining Plant");
    }

    /**
     * A forbidden route ends on an error page instead of the view (Karibu reports that page as an internal
     * error caused by Vaadin's AccessDeniedException; a browser shows it as a page that is not there).
     */
    static void refused(Runnable navigation, Class<? extends Component> view) {
        try {
            navigation.run();
        } catch (AssertionError expected) {
            assertThat(expected).hasMessageContaining("AccessDeniedException");
        }
        assertThat(shows(UI.getCurrent(), view)).as("%s is shown", view.getSimpleName()).isFalse();
    }

    private static boolean shows(Component root, Class<? extends Component> view) {
        return view.isInstance(root) || root.getChildren().anyMatch(c -> shows(c, view));
    }

    private static void open(String path, String period) {
        UI.getCurrent().navigate(path, QueryParameters.of("period", period));
    }

    /** Clicks the name of the child with this local code, as a manager drills down. */
    private static void drill(String localCode) {
        ChildrenGrid grid = grid();
        int row = java.util.stream.IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).element().localCode().equals(localCode)).findFirst().orElseThrow();
        _click((Button) GridKt._getCellComponent(grid, row, "element"));
    }

    private static String breadcrumb() {
        HorizontalLayout crumbs = _get(HorizontalLayout.class, spec -> spec.withId("dashboard-breadcrumb"));
        return crumbs.getChildren().map(c -> c instanceof Button b ? b.getText() : ((Span) c).getText())
                .collect(Collectors.joining());
    }

    private static ChildrenGrid grid() {
        return _get(ChildrenGrid.class);
    }

    private static List<String> children() {
        ChildrenGrid grid = grid();
        return java.util.stream.IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> ((Button) GridKt._getCellComponent(grid, i, "element")).getText()).toList();
    }

    private static String kpi(String name) {
        return _get(Span.class, spec -> spec.withId("kpi-" + name)).getText();
    }

    private static String svg(String box) {
        return _get(Div.class, spec -> spec.withId(box)).getChildren().map(c -> c.getElement().getProperty("innerHTML"))
                .collect(Collectors.joining());
    }
}
