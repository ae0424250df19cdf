package org.zhizao.mes.order.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.zhizao.mes.order.OrderBacklog;
import org.zhizao.mes.order.OrderBacklog.Entry;
import org.zhizao.mes.order.domain.OrderStatus;
import org.zhizao.mes.product.ProductCatalog.ProductSummary;
import org.zhizao.mes.shared.domain.InvalidInput;
import org.zhizao.mes.shared.domain.NotFound;
import org.zhizao.mes.shared.domain.RuleViolation;
import org.zhizao.mes.ui.Formats;

/**
 * The shift supervisor's order backlog: every production order, filtered and sorted, with the actions
 * that move an order through its life and an import from a CSV file. Managers see the list only.
 */
@Route("orders")
@Menu(title = "nav.orders", order = 10)
@RolesAllowed({"SUPERVISOR", "ADMIN", "MANAGER"})
public class OrderBacklogView extends VerticalLayout implements HasDynamicTitle {

    private final OrderDesk desk;
    private final boolean canPlan;
    private final List<ProductSummary> products;
    private final Grid<Entry> grid = new Grid<>();
    private final Select<OrderStatus> status = new Select<>();
    private final ComboBox<String> product = new ComboBox<>();
    private final TextField text = new TextField();
    private final DatePicker dueFrom = new DatePicker();
    private final DatePicker dueTo = new DatePicker();
    private final Button edit;
    private final Button release;
    private final Button hold;
    private final Button resume;
    private final Button cancel;

    public OrderBacklogView(OrderDesk desk, AuthenticationContext auth) {
        this.desk = desk;
        this.canPlan = auth.hasAnyRole("SUPERVISOR", "ADMIN");
        this.products = desk.products();
        edit = action("orders-edit", "orders.action.edit", this::openEdit);
        release = action("orders-release", "orders.action.release", desk::release);
        hold = action("orders-hold", "orders.action.hold", desk::hold);
        resume = action("orders-resume", "orders.action.resume", desk::resume);
        cancel = action("orders-cancel", "orders.action.cancel", this::confirmCancel);
        addClassName("order-backlog");
        setSizeFull();
        add(new H2(getTranslation("orders.title")), filters());
        if (canPlan) {
            add(toolbar());
        } else {
            add(new Paragraph(getTranslation("orders.readOnly")));
        }
        configureGrid();
        add(grid);
        updateActions(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("orders.title") + " · " + getTranslation("app.name");
    }

    private Component filters() {
        status.setId("orders-filter-status");
        status.setLabel(getTranslation("orders.field.status"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("common.all"));
        status.setItems(EnumSet.allOf(OrderStatus.class));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("common.all") : statusLabel(s));
        product.setId("orders-filter-product");
        product.setLabel(getTranslation("orders.field.product"));
        product.setClearButtonVisible(true);
        product.setItems(products.stream().map(ProductSummary::code).toList());
        text.setId("orders-filter-text");
        text.setLabel(getTranslation("common.search"));
        text.setPlaceholder(getTranslation("orders.filter.textHint"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        dueFrom.setId("orders-filter-due-from");
        dueFrom.setLabel(getTranslation("orders.filter.dueFrom"));
        dueFrom.setClearButtonVisible(true);
        dueTo.setId("orders-filter-due-to");
        dueTo.setLabel(getTranslation("orders.filter.dueTo"));
        dueTo.setClearButtonVisible(true);
        status.addValueChangeListener(e -> refresh());
        product.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        dueFrom.addValueChangeListener(e -> refresh());
        dueTo.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(status, product, text, dueFrom, dueTo);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private Component toolbar() {
        Button create = new Button(getTranslation("orders.action.new"), click -> openNew());
        create.setId("orders-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button importFile = new Button(getTranslation("orders.action.import"),
                click -> new ImportDialog(desk, placed -> {
                    notify(getTranslation("orders.imported", placed), NotificationVariant.LUMO_SUCCESS);
                    refresh();
                }).open());
        importFile.setId("orders-import");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout bar = new HorizontalLayout(create, edit, release, hold, resume, cancel, importFile);
        bar.setWrap(true);
        return bar;
    }

    private void configureGrid() {
        grid.setId("orders-grid");
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Formats.of(getLocale()).locale());
        Formats formats = Formats.of(getLocale());
        grid.addColumn(Entry::number).setHeader(getTranslation("orders.field.number")).setKey("number")
                .setSortProperty("number").setAutoWidth(true);
        grid.addColumn(Entry::productCode).setHeader(getTranslation("orders.field.product")).setKey("product")
                .setSortProperty("productCode").setAutoWidth(true);
        grid.addColumn(e -> formats.integer(e.quantity())).setHeader(getTranslation("orders.field.quantity"))
                .setKey("quantity").setSortProperty("quantity").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(e -> date.format(e.dueDate())).setHeader(getTranslation("orders.field.dueDate"))
                .setKey("dueDate").setSortProperty("dueDate").setAutoWidth(true);
        grid.addColumn(Entry::priority).setHeader(getTranslation("orders.field.priority")).setKey("priority")
                .setSortProperty("priority").setAutoWidth(true);
        grid.addColumn(e -> Optional.ofNullable(e.customerReference()).orElse(""))
                .setHeader(getTranslation("orders.field.customer")).setKey("customer")
                .setSortProperty("customerReference").setAutoWidth(true);
        grid.addColumn(e -> statusLabel(e.status())).setHeader(getTranslation("orders.field.status"))
                .setKey("status").setSortProperty("status").setAutoWidth(true);
        grid.addColumn(e -> formats.dateTime(e.createdAt())).setHeader(getTranslation("orders.field.created"))
                .setKey("created").setSortProperty("createdAt").setAutoWidth(true);
        grid.setItems(query -> desk.find(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) desk.count(filter()));
        grid.setEmptyStateText(getTranslation("orders.empty"));
        grid.addSelectionListener(e -> updateActions(e.getFirstSelectedItem().orElse(null)));
        if (canPlan) {
            grid.addItemDoubleClickListener(e -> {
                if (e.getItem().status() == OrderStatus.CREATED) {
                    openEdit(e.getItem().id());
                }
            });
        }
        grid.setSizeFull();
    }

    OrderBacklog.Filter filter() {
        String search = text.getValue().isBlank() ? null : text.getValue().trim();
        return new OrderBacklog.Filter(status.getValue(), product.getValue(), search, dueFrom.getValue(),
                dueTo.getValue());
    }

    private String statusLabel(OrderStatus s) {
        return getTranslation("orders.status." + s.name());
    }

    /** A toolbar button acting on the selected order; a rule's refusal is shown with its reason. */
    private Button action(String id, String key, LongConsumer act) {
        Button button = new Button(getTranslation(key), click -> grid.getSelectedItems().stream().findFirst()
                .ifPresent(order -> attempt(() -> act.accept(order.id()))));
        button.setId(id);
        return button;
    }

    private void updateActions(Entry selected) {
        OrderStatus s = selected == null ? null : selected.status();
        edit.setEnabled(s == OrderStatus.CREATED);
        release.setEnabled(s == OrderStatus.CREATED);
        hold.setEnabled(s == OrderStatus.RELEASED || s == OrderStatus.IN_PROGRESS);
        resume.setEnabled(s == OrderStatus.ON_HOLD);
        cancel.setEnabled(s != null && s != OrderStatus.COMPLETED && s != OrderStatus.CANCELLED);
    }

    private void openNew() {
        new OrderForm(products, null, draft -> attempt(() -> {
            var placed = desk.create(draft);
            notify(getTranslation("orders.created", placed.number()), NotificationVariant.LUMO_SUCCESS);
        })).open();
    }

    private void openEdit(long orderId) {
        Entry order = desk.get(orderId);
        new OrderForm(products, order, draft -> attempt(() -> desk.amend(orderId, draft))).open();
    }

    private void confirmCancel(long orderId) {
        Entry order = desk.get(orderId);
        Dialog confirm = new Dialog(getTranslation("orders.cancel.title", order.number()));
        confirm.setId("cancel-dialog");
        TextField reason = new TextField(getTranslation("orders.cancel.reason"));
        reason.setId("cancel-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        confirm.add(new Paragraph(getTranslation("orders.cancel.text")), reason);
        Button yes = new Button(getTranslation("orders.cancel.confirm"), click -> {
            if (attempt(() -> desk.cancel(orderId, reason.getValue()))) {
                confirm.close();
            }
        });
        yes.setId("cancel-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button no = new Button(getTranslation("orders.cancel.keep"), click -> confirm.close());
        no.setId("cancel-keep");
        confirm.getFooter().add(no, yes);
        confirm.open();
    }

    /**
     * Runs a change; a refusal by a business rule or bad input is shown with its reason. Either way the
     * grid shows the orders as they are now.
     *
     * @return whether the change was made
     */
    private boolean attempt(Runnable change) {
        try {
            change.run();
            return true;
        } catch (RuleViolation | InvalidInput | NotFound e) {
            notify(getTranslation("common.error", e.getMessage()), NotificationVariant.LUMO_ERROR);
            return false;
        } finally {
            refresh();
        }
    }

    private void refresh() {
        Long selected = grid.getSelectedItems().stream().findFirst().map(Entry::id).orElse(null);
        grid.getDataProvider().refreshAll();
        grid.deselectAll();
        if (selected != null) {
            try {
                Entry now = desk.get(selected);
                grid.select(now);
            } catch (NotFound gone) {
                updateActions(null);
            }
        }
    }

    private static void notify(String message, NotificationVariant variant) {
        Notification n = Notification.show(message, 5000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(variant);
    }
}
