package org.zhizao.mes.quality.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhizao.mes.quality.inspection.PlanRequests;
import org.zhizao.mes.quality.ui.InspectionViews.DefectCodeLine;
import org.zhizao.mes.quality.ui.InspectionViews.OperationForm;
import org.zhizao.mes.quality.ui.InspectionViews.QueueEntry;
import org.zhizao.mes.quality.ui.InspectionViews.ResultLine;
import org.zhizao.mes.quality.ui.InspectionViews.Saved;
import org.zhizao.mes.ui.Formats;

/**
 * The inspection queue: operations under way whose required inspections are still open. Choosing one
 * opens its form, one entry per characteristic of the plan, judged pass or fail as values are typed.
 */
@Route("inspections")
@Menu(title = "nav.inspections", order = 40)
@RolesAllowed({"INSPECTOR", "SUPERVISOR", "ADMIN"})
@StyleSheet("context://styles/inspection.css")
public class InspectionsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final InspectionDesk desk;
    private final Formats formats;
    private final Grid<QueueEntry> queue = new Grid<>();
    private final Div form = new Div();
    private final List<CharacteristicEntry> entries = new ArrayList<>();
    private final TextField unitIdentifier = new TextField();
    private final TextField note = new TextField();
    private final Grid<ResultLine> results = new Grid<>();
    private List<String> catalogue = List.of();
    private OperationForm shown;

    public InspectionsView(InspectionDesk desk) {
        this.desk = desk;
        this.formats = Formats.of(getLocale());
        addClassName("inspections-view");
        configureQueue();
        configureResults();
        form.setId("inspection-form");
        form.setWidthFull();
        add(new H2(getTranslation("inspection.title")), queue, form);
    }

    /** {@code inspections?operation=<id>} opens that operation's form at once. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reload();
        event.getLocation().getQueryParameters().getSingleParameter("operation").ifPresent(id -> {
            try {
                open(Long.parseLong(id));
            } catch (NumberFormatException e) {
                // a mistyped link shows the queue only
            } catch (RuntimeException e) {
                Errors.show(this, e);
            }
        });
    }

    private void configureQueue() {
        queue.setId("inspection-queue");
        queue.addColumn(QueueEntry::operationCode).setHeader(getTranslation("inspection.col.operation"))
                .setAutoWidth(true);
        queue.addColumn(QueueEntry::orderNumber).setHeader(getTranslation("inspection.col.order")).setAutoWidth(true);
        queue.addColumn(QueueEntry::productCode).setHeader(getTranslation("inspection.col.product"))
                .setAutoWidth(true);
        queue.addColumn(QueueEntry::stationCode).setHeader(getTranslation("inspection.col.station"))
                .setAutoWidth(true);
        queue.addColumn(e -> getTranslation("inspection.status." + e.status()))
                .setHeader(getTranslation("inspection.col.status")).setAutoWidth(true);
        queue.addColumn(QueueEntry::unitsMade).setHeader(getTranslation("inspection.col.units")).setAutoWidth(true);
        queue.addColumn(e -> String.join(", ", e.open())).setHeader(getTranslation("inspection.col.open"))
                .setTooltipGenerator(e -> String.join(", ", e.open())).setAutoWidth(true).setFlexGrow(1);
        queue.setAllRowsVisible(true);
        queue.setEmptyStateText(getTranslation("inspection.queue.empty"));
        queue.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                open(e.getValue().operationId());
            }
        });
    }

    private void configureResults() {
        results.setId("inspection-results");
        results.addColumn(ResultLine::characteristic).setHeader(getTranslation("inspection.col.characteristic"));
        results.addColumn(r -> r.value() == null ? String.join(", ", r.defectCodes())
                : formats.number(r.value(), 3) + " " + r.unit()).setHeader(getTranslation("inspection.col.value"));
        results.addComponentColumn(r -> {
            Span badge = new Span(getTranslation(r.passed() ? "inspection.pass" : "inspection.fail"));
            badge.addClassNames("verdict", r.passed() ? "verdict-pass" : "verdict-fail");
            return badge;
        }).setHeader(getTranslation("inspection.col.verdict"));
        results.addColumn(ResultLine::unitIdentifier).setHeader(getTranslation("inspection.col.unit"));
        results.addColumn(ResultLine::inspector).setHeader(getTranslation("inspection.col.inspector"));
        results.addColumn(r -> formats.dateTime(r.recordedAt())).setHeader(getTranslation("inspection.col.time"));
        results.addComponentColumn(r -> {
            if (r.passed()) {
                return new Span();
            }
            Button ncr = new Button(getTranslation("inspection.openNcr"), click -> new OpenNcrDialog(desk, r, shown,
                    catalogue).open());
            ncr.setId("open-ncr-" + r.id());
            ncr.addClassName("open-ncr");
            ncr.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return ncr;
        }).setKey("ncr").setAutoWidth(true);
        results.setAllRowsVisible(true);
        results.setEmptyStateText(getTranslation("inspection.results.empty"));
    }

    private void reload() {
        List<QueueEntry> open = desk.queue();
        queue.setItems(open);
        if (shown != null) {
            open.stream().filter(e -> e.operationId() == shown.operation().operationId()).findFirst()
                    .ifPresent(queue::select);
        }
    }

    private void open(long operationId) {
        shown = desk.form(operationId);
        catalogue = desk.defectCodes().stream().map(DefectCodeLine::code).toList();
        QueueEntry op = shown.operation();
        entries.clear();
        form.removeAll();
        form.add(new H3(getTranslation("inspection.form.title", op.operationCode(), op.orderNumber(),
                op.productCode(), op.stationCode() == null ? "–" : op.stationCode())));
        Span sampling = new Span(getTranslation("inspection.sampling", shown.sampling(), op.unitsMade()));
        sampling.addClassName("characteristic-spec");
        form.add(sampling);
        shown.characteristics().forEach(line -> entries.add(new CharacteristicEntry(line, catalogue)));
        entries.forEach(form::add);
        unitIdentifier.setLabel(getTranslation("inspection.unitIdentifier"));
        unitIdentifier.setPlaceholder("88.123.1/ZZ-F1-2026-000123");
        unitIdentifier.setId("unit-identifier");
        unitIdentifier.clear();
        note.setLabel(getTranslation("inspection.note"));
        note.setId("result-note");
        note.clear();
        Button save = new Button(getTranslation("common.save"), click -> save());
        save.setId("save-results");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button defect = new Button(getTranslation("inspection.recordDefect"),
                click -> new DefectDialog(desk, op, catalogue, this::refresh).open());
        defect.setId("record-defect");
        HorizontalLayout actions = new HorizontalLayout(unitIdentifier, note, save, defect);
        actions.setAlignItems(Alignment.BASELINE);
        results.setItems(shown.results());
        form.add(actions, new H3(getTranslation("inspection.results")), results);
    }

    private void save() {
        String unit = blankToNull(unitIdentifier.getValue());
        String text = blankToNull(note.getValue());
        List<PlanRequests.NewResult> toRecord = entries.stream().map(e -> e.result(unit, text))
                .flatMap(Optional::stream).toList();
        try {
            Saved saved = desk.record(shown.operation().operationId(), toRecord);
            long failed = saved.results().stream().filter(r -> !r.passed()).count();
            Notification done = Notification.show(getTranslation("inspection.saved", saved.results().size(), failed));
            done.addThemeVariants(failed == 0 ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
            saved.alerts().forEach(a -> Notification.show(getTranslation("inspection.alert", a))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR));
            refresh();
        } catch (RuntimeException e) {
            Errors.show(this, e);
        }
    }

    /** Shows the queue and the open operation's form as they are now. */
    void refresh() {
        long id = shown.operation().operationId();
        open(id);
        queue.setItems(desk.queue());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.inspections") + " · " + getTranslation("app.name");
    }
}
