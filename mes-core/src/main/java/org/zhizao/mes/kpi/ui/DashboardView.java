package org.zhizao.mes.kpi.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.WildcardParameter;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.zhizao.mes.equipment.EquipmentFeed;
import org.zhizao.mes.equipment.ShopFloorChange;
import org.zhizao.mes.shared.domain.NotFound;
import org.zhizao.mes.ui.LiveRefresh;
import org.zhizao.mes.ui.Messages;

/**
 * The manager's KPI dashboard: one plant element (the park, a factory, workshop, line or station) over a
 * period, with a breadcrumb back up and its children to go down. {@code dashboard/P1/F1/W1} opens a
 * workshop; {@code ?period=TODAY} chooses the period.
 */
@Route("dashboard")
@Menu(title = "nav.dashboard", order = 50)
@RolesAllowed({"MANAGER", "SUPERVISOR", "ADMIN"})
// the shell loads zhizao.css too; named here as well so the charts and badges never miss their styles
@StyleSheet("context://styles/zhizao.css")
@StyleSheet("context://styles/dashboard.css")
public class DashboardView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private static final Duration STATE_REFRESH = Duration.ofSeconds(2);
    private static final Duration KPI_REFRESH = Duration.ofSeconds(30);

    private final KpiDesk desk;
    private final H2 title = new H2();
    private final Span titleState = new Span();
    private final HorizontalLayout breadcrumb = new HorizontalLayout();
    private final Select<DashboardPeriod> period = new Select<>();
    private final Span window = new Span();
    private final KpiTiles tiles = new KpiTiles();
    private final Div trend = chartBox("dashboard-trend");
    private final Div pareto = chartBox("dashboard-pareto");
    private final Div targets = chartBox("dashboard-targets");
    private final H3 childrenTitle = new H3();
    private final ChildrenGrid children;
    private final Span error = new Span();
    private String code;
    private KpiDesk.Overview shown;

    public DashboardView(KpiDesk desk, EquipmentFeed feed) {
        this.desk = desk;
        this.children = new ChildrenGrid(this::label, e -> open(e.code()));
        addClassName("dashboard");
        setWidthFull();
        add(header(), tiles, charts(), targetsSection(), childrenTitle, children);
        LiveRefresh.bind(this, STATE_REFRESH, this::refreshStates, changed -> subscribe(feed, "state", changed));
        LiveRefresh.bind(this, KPI_REFRESH, this::load, changed -> subscribe(feed, "count", changed));
    }

    private HorizontalLayout header() {
        breadcrumb.setId("dashboard-breadcrumb");
        breadcrumb.addClassName("breadcrumb");
        breadcrumb.setSpacing(false);
        title.setId("dashboard-title");
        titleState.setId("dashboard-state");
        period.setId("dashboard-period");
        period.setLabel(getTranslation("dashboard.period"));
        period.setItems(DashboardPeriod.values());
        period.setItemLabelGenerator(p -> getTranslation("dashboard.period." + p.name()));
        period.setValue(DashboardPeriod.TODAY);
        period.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                open(code);
            }
        });
        window.setId("dashboard-window");
        window.addClassName("dashboard-window");
        error.setId("dashboard-error");
        error.addClassName("error");
        VerticalLayout left = new VerticalLayout(breadcrumb, new HorizontalLayout(title, titleState), window, error);
        left.setPadding(false);
        left.setSpacing(false);
        HorizontalLayout header = new HorizontalLayout(left, period);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.END);
        header.expand(left);
        return header;
    }

    private HorizontalLayout charts() {
        VerticalLayout trendBox = new VerticalLayout(new H3(getTranslation("dashboard.trend")), trend);
        VerticalLayout paretoBox = new VerticalLayout(new H3(getTranslation("dashboard.pareto")), pareto);
        HorizontalLayout charts = new HorizontalLayout(trendBox, paretoBox);
        charts.setWidthFull();
        charts.addClassName("dashboard-charts");
        return charts;
    }

    private VerticalLayout targetsSection() {
        Span hint = new Span(getTranslation("dashboard.targets.hint"));
        hint.addClassName("hint");
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("dashboard.targets")), hint, targets);
        box.setPadding(false);
        return box;
    }

    private static Div chartBox(String id) {
        Div box = new Div();
        box.setId(id);
        box.addClassName("chart-box");
        return box;
    }

    @Override
    public void setParameter(BeforeEvent event, @WildcardParameter String parameter) {
        code = parameter == null || parameter.isBlank() ? null : parameter;
        event.getLocation().getQueryParameters().getSingleParameter("period").ifPresent(p -> {
            try {
                period.setValue(DashboardPeriod.valueOf(p));
            } catch (IllegalArgumentException unknown) {
                period.setValue(DashboardPeriod.TODAY);
            }
        });
        load();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard");
    }

    /** Goes to an element (null: the park), keeping the period. */
    void open(String elementCode) {
        getUI().ifPresent(ui -> ui.navigate(elementCode == null ? "dashboard" : "dashboard/" + elementCode,
                QueryParameters.of("period", period.getValue().name())));
    }

    private void load() {
        try {
            show(desk.overview(code, period.getValue()));
            error.setText("");
        } catch (NotFound e) {
            error.setText(getTranslation("common.error", e.getMessage()));
        }
    }

    private void show(KpiDesk.Overview o) {
        shown = o;
        KpiText text = new KpiText(getLocale());
        showBreadcrumb(o.path());
        title.setText(label(o.element()));
        titleState.removeAll();
        titleState.setVisible(o.element().tier() == PlantTiers.Tier.STATION);
        titleState.add(children.badge(o.state()));
        window.setText(getTranslation("dashboard.window", text.formats().dateTime(o.window().from()),
                text.formats().dateTime(o.window().to())));
        tiles.show(o.figures(), text);
        trend.removeAll();
        trend.add(new Svg(DashboardCharts.trend(o, text,
                getTranslation("dashboard.trend.period"), getTranslation("dashboard.trend.empty"))));
        pareto.removeAll();
        pareto.add(new Svg(DashboardCharts.pareto(o.downtime(), text, this::reasonLabel,
                getTranslation("dashboard.pareto.empty"))));
        targets.removeAll();
        targets.add(new Svg(TargetBars.svg(o.targets(), n -> getTranslation("dashboard.target." + n), text,
                getTranslation("dashboard.target"))));
        boolean leaf = o.children().isEmpty();
        childrenTitle.setVisible(!leaf);
        children.setVisible(!leaf);
        if (!leaf) {
            childrenTitle.setText(getTranslation("dashboard.children." + o.children().get(0).element().tier().name()));
            children.show(o.children(), text);
        }
    }

    private void showBreadcrumb(List<PlantTiers.Element> path) {
        breadcrumb.removeAll();
        for (int i = 0; i < path.size(); i++) {
            PlantTiers.Element e = path.get(i);
            if (i > 0) {
                Span separator = new Span(" › ");
                separator.addClassName("crumb-separator");
                breadcrumb.add(separator);
            }
            if (i == path.size() - 1) {
                Span here = new Span(crumb(e));
                here.setId("crumb-" + i);
                here.addClassName("crumb-current");
                breadcrumb.add(here);
            } else {
                Button up = new Button(crumb(e), click -> open(e.code()));
                up.setId("crumb-" + i);
                up.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                breadcrumb.add(up);
            }
        }
    }

    private void refreshStates() {
        if (shown == null) {
            return;
        }
        List<String> stations = shown.element().tier() == PlantTiers.Tier.STATION ? List.of(shown.element().code())
                : children.stations();
        if (stations.isEmpty()) {
            return;
        }
        Map<String, org.zhizao.mes.equipment.AvailabilityState> live = desk.stationStates(stations);
        if (shown.element().tier() == PlantTiers.Tier.STATION) {
            titleState.removeAll();
            titleState.add(children.badge(live.get(shown.element().code())));
        } else {
            children.showStates(live);
        }
    }

    /**
     * A station by its code and name ("S01 CNC lathe"), the tiers above by kind, code and name ("Factory F1 ·
     * Precision Machining Plant").
     */
    String label(PlantTiers.Element e) {
        String name = name(e);
        if (e.tier() == PlantTiers.Tier.STATION) {
            return e.localCode() + " " + (name == null ? "" : name);
        }
        String tier = getTranslation("dashboard.tier." + e.tier().name(), e.localCode());
        return name == null || name.isBlank() ? tier : tier + " · " + name;
    }

    /** In the breadcrumb a tier above the stations by its name alone, where it has one. */
    private String crumb(PlantTiers.Element e) {
        String name = name(e);
        return e.tier() == PlantTiers.Tier.STATION || name == null || name.isBlank() ? label(e) : name;
    }

    private String name(PlantTiers.Element e) {
        return Messages.supported(getLocale()).equals(Messages.CHINESE) ? e.nameZh() : e.nameEn();
    }

    private String reasonLabel(KpiDesk.Downtime d) {
        if (d.reasonCode() == null) {
            return getTranslation("dashboard.unclassified", getTranslation("dashboard.state." + d.state().name()));
        }
        String name = getTranslation("dashboard.reason." + d.reasonCode());
        return name.startsWith("!") ? d.reasonCode() : name;
    }

    private static Runnable subscribe(EquipmentFeed feed, String type, Runnable changed) {
        Consumer<ShopFloorChange> listener = c -> {
            if (c.type().equals(type)) {
                changed.run();
            }
        };
        feed.subscribe(listener);
        return () -> feed.unsubscribe(listener);
    }
}
