package org.zhizao.mes.order.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.zhizao.mes.order.OrderBacklog;
import org.zhizao.mes.product.ProductCatalog.ProductSummary;

/**
 * The dialog that creates an order or changes a created one. It checks the values at their fields and
 * hands a valid draft to its owner; it knows nothing of how orders are stored.
 */
class OrderForm extends Dialog {

    /** The form's values while they are edited. */
    static final class Values {
        String product;
        Integer quantity;
        LocalDate dueDate;
        Integer priority = OrderCsv.DEFAULT_PRIORITY;
        String customer = "";

        OrderDesk.Draft draft() {
            return new OrderDesk.Draft(product, quantity, dueDate, priority, customer);
        }
    }

    private final ComboBox<String> product = new ComboBox<>();
    private final IntegerField quantity = new IntegerField();
    private final DatePicker dueDate = new DatePicker();
    private final IntegerField priority = new IntegerField();
    private final TextField customer = new TextField();
    private final Binder<Values> binder = new Binder<>();
    private final Values values = new Values();

    /**
     * @param existing the order to change, or null for a new one
     * @param save     given a valid draft; returns whether it was saved (the form then closes)
     */
    OrderForm(List<ProductSummary> products, OrderBacklog.Entry existing, Predicate<OrderDesk.Draft> save) {
        setHeaderTitle(existing == null ? getTranslation("orders.form.new")
                : getTranslation("orders.form.edit", existing.number()));
        configureFields(products);
        bind(existing == null);
        if (existing != null) {
            values.product = existing.productCode();
            values.quantity = existing.quantity();
            values.dueDate = existing.dueDate();
            values.priority = existing.priority();
            values.customer = existing.customerReference() == null ? "" : existing.customerReference();
        }
        binder.readBean(values);

        FormLayout layout = new FormLayout(product, quantity, dueDate, priority, customer);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("420px", 2));
        add(layout);
        Button saveButton = new Button(getTranslation("common.save"), click -> {
            if (binder.writeBeanIfValid(values) && save.test(values.draft())) {
                close();
            }
        });
        saveButton.setId("order-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        cancel.setId("order-form-cancel");
        getFooter().add(cancel, saveButton);
    }

    private void configureFields(List<ProductSummary> products) {
        product.setId("order-product");
        product.setLabel(getTranslation("orders.field.product"));
        product.setItems(products.stream().map(ProductSummary::code).toList());
        boolean chinese = getLocale() != null && "zh".equals(getLocale().getLanguage());
        product.setItemLabelGenerator(code -> products.stream().filter(p -> p.code().equals(code)).findFirst()
                .map(p -> p.code() + " · " + (chinese ? p.nameZh() : p.nameEn())).orElse(code));
        quantity.setId("order-quantity");
        quantity.setLabel(getTranslation("orders.field.quantity"));
        quantity.setStepButtonsVisible(true);
        dueDate.setId("order-due-date");
        dueDate.setLabel(getTranslation("orders.field.dueDate"));
        priority.setId("order-priority");
        priority.setLabel(getTranslation("orders.field.priority"));
        priority.setHelperText(getTranslation("orders.field.priority.help"));
        priority.setStepButtonsVisible(true);
        customer.setId("order-customer");
        customer.setLabel(getTranslation("orders.field.customer"));
    }

    private void bind(boolean creating) {
        binder.forField(product).asRequired(getTranslation("orders.form.required"))
                .bind(v -> v.product, (v, x) -> v.product = x);
        binder.forField(quantity).asRequired(getTranslation("orders.form.required"))
                .withValidator(new IntegerRangeValidator(getTranslation("orders.form.quantityRange",
                        OrderCsv.MAX_QUANTITY), 1, OrderCsv.MAX_QUANTITY))
                .bind(v -> v.quantity, (v, x) -> v.quantity = x);
        binder.forField(dueDate).asRequired(getTranslation("orders.form.required"))
                .withValidator(d -> !creating || !d.isBefore(LocalDate.now()), getTranslation("orders.form.duePast"))
                .bind(v -> v.dueDate, (v, x) -> v.dueDate = x);
        binder.forField(priority).asRequired(getTranslation("orders.form.required"))
                .withValidator(new IntegerRangeValidator(getTranslation("orders.form.priorityRange"), 1, 5))
                .bind(v -> v.priority, (v, x) -> v.priority = x);
        binder.forField(customer)
                .withValidator(new StringLengthValidator(getTranslation("orders.form.customerLength",
                        OrderCsv.MAX_CUSTOMER_LENGTH), 0, OrderCsv.MAX_CUSTOMER_LENGTH))
                .bind(v -> v.customer, (v, x) -> v.customer = x);
    }
}
