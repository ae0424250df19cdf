package org.zhizao.mes.quality.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.zhizao.mes.quality.domain.Disposition;
import org.zhizao.mes.quality.domain.NcrStatus;
import org.zhizao.mes.quality.ui.InspectionViews.NcrLine;
import org.zhizao.mes.shared.domain.Decision;
import org.zhizao.mes.ui.Formats;

/**
 * Nonconformance reports: the list by state, and the chosen report's disposition, approval (supervisors)
 * and closing. What the workflow does not allow now is shown with its reason before anyone tries it.
 */
@Route("ncrs")
@Menu(title = "nav.ncrs", order = 41)
@RolesAllowed({"INSPECTOR", "SUPERVISOR", "ADMIN"})
@StyleSheet("context://styles/inspection.css")
public class NcrsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The filter's "open" choice: every report not closed yet. */
    private static final Set<NcrStatus> UNFINISHED = EnumSet.of(NcrStatus.OPEN, NcrStatus.AWAITING_APPROVAL,
            NcrStatus.DISPOSITIONED);

    private final InspectionDesk desk;
    private final boolean supervises;
    private final Formats formats;
    private final Select<String> filter = new Select<>();
    private final Grid<NcrLine> grid = new Grid<>();
    private final Div detail = new Div();

    public NcrsView(InspectionDesk desk, AuthenticationContext auth) {
        this.desk = desk;
        this.supervises = auth.hasAnyRole("SUPERVISOR", "ADMIN");
        this.formats = Formats.of(getLocale());
        addClassName("ncrs-view");
        filter.setId("ncr-filter");
        filter.setLabel(getTranslation("inspection.ncr.filter"));
        filter.setItems("UNFINISHED", "OPEN", "AWAITING_APPROVAL", "DISPOSITIONED", "CLOSED", "ALL");
        filter.setItemLabelGenerator(f -> getTranslation("inspection.ncr.filter." + f));
        filter.setValue("UNFINISHED");
        filter.addValueChangeListener(e -> reload(null));
        configureGrid();
        detail.setId("ncr-detail");
        detail.setWidthFull();
        add(new H2(getTranslation("inspection.ncr.title")), filter, grid, detail);
    }

    private void configureGrid() {
        grid.setId("ncr-grid");
        grid.addColumn(NcrLine::number).setHeader(getTranslation("inspection.ncr.col.number")).setAutoWidth(true);
        grid.addComponentColumn(n -> status(n.status())).setHeader(getTranslation("inspection.col.status"))
                .setAutoWidth(true);
        grid.addColumn(n -> n.disposition() == null ? "" : getTranslation("inspection.disposition." + n.disposition()))
                .setHeader(getTranslation("inspection.ncr.col.disposition")).setAutoWidth(true);
        grid.addColumn(NcrLine::operationCode).setHeader(getTranslation("inspection.col.operation"))
                .setAutoWidth(true);
        grid.addColumn(NcrLine::unitIdentifier).setHeader(getTranslation("inspection.col.unit")).setAutoWidth(true);
        grid.addColumn(NcrLine::description).setHeader(getTranslation("inspection.ncr.description")).setFlexGrow(1);
        grid.addColumn(n -> formats.dateTime(n.openedAt())).setHeader(getTranslation("inspection.ncr.col.opened"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("inspection.ncr.empty"));
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
    }

    private Span status(NcrStatus status) {
        Span badge = new Span(getTranslation("inspection.ncr.status." + status));
        badge.addClassNames("ncr-status", "ncr-status-" + status);
        return badge;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long chosen = event.getLocation().getQueryParameters().getSingleParameter("ncr").map(s -> {
            try {
                return Long.valueOf(s);
            } catch (NumberFormatException e) {
                return null;
            }
        }).orElse(null);
        reload(chosen);
    }

    private void reload(Long select) {
        String f = filter.getValue();
        Set<NcrStatus> statuses = switch (f) {
            case "UNFINISHED" -> UNFINISHED;
            case "ALL" -> Set.of();
            default -> Set.of(NcrStatus.valueOf(f));
        };
        List<NcrLine> lines = desk.ncrs(statuses);
        grid.setItems(lines);
        Long keep = select != null ? select : grid.asSingleSelect().getValue() == null ? null
                : grid.asSingleSelect().getValue().id();
        lines.stream().filter(n -> keep != null && n.id() == keep).findFirst().ifPresentOrElse(grid::select,
                () -> show(null));
    }

    private void show(NcrLine ncr) {
        detail.removeAll();
        if (ncr == null) {
            return;
        }
        detail.add(new H3(ncr.number() + " · " + getTranslation("inspection.ncr.status." + ncr.status())));
        Paragraph about = new Paragraph(ncr.description());
        about.setId("ncr-about");
        detail.add(about, new Paragraph(getTranslation("inspection.ncr.where", ncr.operationCode(),
                ncr.orderNumber(), ncr.unitIdentifier() == null ? "–" : ncr.unitIdentifier())));
        if (ncr.disposition() != null) {
            detail.add(new Paragraph(getTranslation("inspection.ncr.decided",
                    getTranslation("inspection.disposition." + ncr.disposition()), ncr.proposedBy(),
                    ncr.approvedBy() == null ? "–" : ncr.approvedBy())));
        }
        Span reason = new Span();
        reason.setId("ncr-reason");
        reason.addClassName("ncr-reason");
        Select<Disposition> disposition = new Select<>();
        disposition.setId("disposition");
        disposition.setLabel(getTranslation("inspection.ncr.col.disposition"));
        disposition.setItems(Disposition.values());
        disposition.setItemLabelGenerator(d -> getTranslation("inspection.disposition." + d));
        TextField note = new TextField(getTranslation("inspection.note"));
        note.setId("disposition-note");
        IntegerField rework = new IntegerField(getTranslation("inspection.ncr.reworkQuantity"));
        rework.setId("rework-quantity");
        rework.setMin(1);
        rework.setVisible(false);
        Button dispose = new Button(getTranslation("inspection.ncr.dispose"), click -> act(ncr, () ->
                desk.dispose(ncr.id(), disposition.getValue(), note.getValue(), rework.getValue()), "inspection.ncr.disposed"));
        dispose.setId("dispose");
        dispose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dispose.setEnabled(false);
        disposition.addValueChangeListener(e -> {
            rework.setVisible(e.getValue() == Disposition.REWORK);
            Decision allowed = e.getValue() == null ? Decision.rejected("") : desk.dispositionAllowed(ncr.id(), e.getValue());
            dispose.setEnabled(allowed.isAllowed());
            reason.setText(allowed instanceof Decision.Rejected r ? r.reason() : "");
        });
        Button close = new Button(getTranslation("inspection.ncr.close"), click -> act(ncr, () ->
                desk.close(ncr.id(), note.getValue()), "inspection.ncr.closed"));
        close.setId("close-ncr");
        Decision closing = desk.closingAllowed(ncr.id());
        close.setEnabled(closing.isAllowed());
        HorizontalLayout actions = new HorizontalLayout(disposition, rework, note, dispose, close);
        actions.setAlignItems(Alignment.BASELINE);
        if (supervises && ncr.status() == NcrStatus.AWAITING_APPROVAL) {
            Button approve = new Button(getTranslation("inspection.ncr.approve"), click -> act(ncr, () ->
                    desk.approve(ncr.id(), note.getValue()), "inspection.ncr.approved"));
            approve.setId("approve-ncr");
            Button reject = new Button(getTranslation("inspection.ncr.reject"), click -> act(ncr, () ->
                    desk.reject(ncr.id(), note.getValue()), "inspection.ncr.rejected"));
            reject.setId("reject-ncr");
            actions.add(approve, reject);
        }
        Span closingReason = new Span(closing instanceof Decision.Rejected r && ncr.status() != NcrStatus.OPEN
                ? r.reason() : "");
        closingReason.addClassName("ncr-reason");
        detail.add(actions, reason, closingReason);
        if (ncr.status() != NcrStatus.OPEN) {
            // show at once why no disposition can be chosen now
            reason.setText(((Decision.Rejected) desk.dispositionAllowed(ncr.id(), Disposition.SCRAP)).reason()
                    .replace(" as " + Disposition.SCRAP.label(), ""));
        }
    }

    private void act(NcrLine ncr, Supplier<NcrLine> action, String doneKey) {
        try {
            NcrLine after = action.get();
            Notification.show(getTranslation(doneKey, after.number()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            filter.setValue("ALL");
            reload(after.id());
        } catch (RuntimeException e) {
            Errors.show(this, e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.ncrs") + " · " + getTranslation("app.name");
    }
}
