package org.zhizao.mes.order.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasErrorParameter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.zhizao.mes.order.OrderBacklog;
import org.zhizao.mes.order.OrderBacklog.Entry;
import org.zhizao.mes.order.PlacingOrder;
import org.zhizao.mes.order.ReleasingOrder;
import org.zhizao.mes.order.domain.OrderStatus;
import org.zhizao.mes.shared.domain.RuleViolation;
import org.zhizao.mes.support.ViewTest;

/** The order backlog as a shift supervisor, a manager and the roles that may not plan see and use it. */
class OrderBacklogViewTest extends ViewTest {

    @Autowired
    PlacingOrder placing;
    @Autowired
    ReleasingOrder releasing;
    @Autowired
    OrderBacklog backlog;
    @Autowired
    OrderDesk desk;

    /** A tag unique to one test, put in customer references and order numbers to find its orders. */
    String tag;

    @BeforeEach
    void tag() {
        tag = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    // --- what the supervisor sees and does

    @Test
    void theSupervisorStartsAtTheBacklogAndSeesEveryOrderAndTheActionsOfPlanning() {
        signIn("supervisor", "SUPERVISOR");
        navigate("");
        assertThat(currentPath()).isEqualTo("orders");
        assertThat(GridKt._size(grid())).isEqualTo((int) backlog.count(OrderBacklog.Filter.none()))
                .isGreaterThanOrEqualTo(5);
        assertThat(button("orders-new").isVisible()).isTrue();
        assertThat(button("orders-import").isVisible()).isTrue();
        assertThat(button("orders-release").isEnabled()).as("nothing selected yet").isFalse();
    }

    @Test
    void filtersNarrowTheListByTextProductStatusAndDueDate() {
        place("GBX-SHAFT-40", 10);
        place("BRK-W-220", 50);
        signIn("supervisor", "SUPERVISOR");
        navigate("orders");
        set("orders-filter-text", tag.toLowerCase());
        assertThat(GridKt._size(grid())).isEqualTo(2);
        set("orders-filter-product", "BRK-W-220");
        assertThat(rows()).singleElement().extracting(Entry::quantity).isEqualTo(50);
        set("orders-filter-product", null);
        set("orders-filter-due-from", LocalDate.now().plusDays(20));
        assertThat(rows()).singleElement().extracting(Entry::productCode).isEqualTo("BRK-W-220");
        set("orders-filter-due-from", null);
        set("orders-filter-status", OrderStatus.RELEASED);
        assertThat(GridKt._size(grid())).isZero();
        set("orders-filter-status", OrderStatus.CREATED);
        assertThat(GridKt._size(grid())).isEqualTo(2);
    }

    @Test
    void theListSortsByAColumnTheUserChooses() {
        place("GBX-SHAFT-40", 30);
        place("GBX-SHAFT-40", 10);
        place("GBX-SHAFT-40", 20);
        signIn("supervisor", "SUPERVISOR");
        navigate("orders");
        set("orders-filter-text", tag);
        Grid<Entry> grid = grid();
        grid.sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(grid.getColumnByKey("quantity"),
                com.vaadin.flow.data.provider.SortDirection.DESCENDING)));
        assertThat(rows()).extracting(Entry::quantity).containsExactly(30, 20, 10);
    }

    @Test
    void theSupervisorCreatesAnOrderInTheForm() {
        signIn("supervisor", "SUPERVISOR");
        navigate("orders");
        _click(button("orders-new"));
        set("order-product", "PMP-CP-50");
        set("order-quantity", 25);
        set("order-due-date", LocalDate.now().plusDays(9));
        set("order-priority", 2);
        set("order-customer", tag);
        _click(button("order-save"));
        assertThat(notifications()).singleElement().asString().startsWith("Order PO-").endsWith(" created.");
        set("orders-filter-text", tag);
        assertThat(rows()).singleElement().satisfies(o -> {
            assertThat(o.productCode()).isEqualTo("PMP-CP-50");
            assertThat(o.quantity()).isEqualTo(25);
            assertThat(o.status()).isEqualTo(OrderStatus.CREATED);
        });
    }

    @Test
    void aFormWithWrongValuesShowsTheErrorsAtTheFieldsAndPlacesNothing() {
        signIn("supervisor", "SUPERVISOR");
        navigate("orders");
        _click(button("orders-new"));
        set("order-quantity", -3);
        set("order-priority", 7);
        set("order-customer", tag);
        _click(button("order-save"));
        assertThat(field("order-quantity").isInvalid()).isTrue();
        assertThat(field("order-quantity").getErrorMessage()).isEqualTo("Must be a whole number from 1 to 1,000,000");
        assertThat(field("order-priority").isInvalid()).isTrue();
        assertThat(field("order-product").isInvalid()).isTrue();
        assertThat(field("order-due-date").isInvalid()).isTrue();
        assertThat(button("order-save").isAttached()).as("the form stays open").isTrue();
        assertThat(count()).isZero();
    }

    @Test
    void theSupervisorChangesACreatedOrder() {
        place("GBX-SHAFT-40", 10);
        signIn("supervisor", "SUPERVISOR");
        navigate("orders");
        set("orders-filter-text", tag);
        grid().select(GridKt._get(grid(), 0));
        _click(button("orders-edit"));
        set("order-quantity", 12);
        _click(button("order-save"));
        assertThat(rows()).singleElement().extracting(Entry::quantity).isEqualTo(12);
    }

    @Test
    void theSupervisorReleasesHoldsResumesAndCancelsAnOrder() {
        place("GBX-SHAFT-40", 10);
        signIn("supervisor", "SUPERVISOR");
        navigate("orders");
        set("orders-filter-text", tag);
        grid().select(GridKt._get(grid(), 0));
        _click(button("orders-release"));
        assertThat(rows()).singleElement().extracting(Entry::status).isEqualTo(OrderStatus.RELEASED);
        assertThat(button("orders-edit").isEnabled()).as("a released order keeps its values").isFalse();
        _click(button("orders-hold"));
        assertThat(rows()).singleElement().extracting(Entry::status).isEqualTo(OrderStatus.ON_HOLD);
        _click(button("orders-resume"));
        assertThat(rows()).singleElement().extracting(Entry::status).isEqualTo(OrderStatus.RELEASED);
        _click(button("orders-cancel"));
        set("cancel-reason", "customer withdrew the order");
        _click(button("cancel-confirm"));
        assertThat(rows()).singleElement().extracting(Entry::status).isEqualTo(OrderStatus.CANCELLED);
        assertThat(button("orders-cancel").isEnabled()).isFalse();
        assertThat(notifications()).isEmpty();
    }

    @Test
    void cancellingAsksFirstAndKeepingTheOrderChangesNothing() {
        place("GBX-SHAFT-40", 10);
        signIn("supervisor", "SUPERVISOR");
        navigate("orders");
        set("orders-filter-text", tag);
        grid().select(GridKt._get(grid(), 0));
        _click(button("orders-cancel"));
        _click(button("cancel-keep"));
        assertThat(rows()).singleElement().extracting(Entry::status).isEqualTo(OrderStatus.CREATED);
    }

    @Test
    void aChangeTheRulesRefuseIsShownWithTheRuleReasonAndTheListShowsTheTruth() {
        long id = place("GBX-SHAFT-40", 10);
        signIn("supervisor", "SUPERVISOR");
        navigate("orders");
        set("orders-filter-text", tag);
        grid().select(GridKt._get(grid(), 0));
        releasing.release(id, "released at another desk meanwhile");
        _click(button("orders-release"));
        assertThat(notifications()).singleElement().asString().startsWith("Not done: order ")
                .contains("cannot be released: it is released");
        assertThat(rows()).singleElement().extracting(Entry::status).isEqualTo(OrderStatus.RELEASED);
    }

    // --- importing

    @Test
    void aFileWithProblemsIsReportedRowByRowAndNothingIsImported() {
        signIn("supervisor", "SUPERVISOR");
        navigate("orders");
        upload(header()
                + tag + "-1,GBX-SHAFT-40,10,2026-12-01,2," + tag + "\n"
                + tag + "-2,NO-SUCH-PART,10,2026-12-01,2," + tag + "\n"
                + tag + "-3,BRK-W-220,-4,31.12.2026,2," + tag + "\n"
                + tag + "-1,BRK-W-220,10,2026-12-01,2," + tag + "\n");
        assertThat(summary()).isEqualTo("4 rows read: 3 with problems (4 problems in all), 1 valid. Nothing has"
                + " been imported. Correct the file and upload it again, or import only the valid rows.");
        Grid<OrderCsv.Problem> problems = _get(Grid.class, spec -> spec.withId("import-problems"));
        ImportDialog dialog = _get(ImportDialog.class);
        assertThat(IntStream.range(0, GridKt._size(problems)).mapToObj(i -> GridKt._get(problems, i))
                .map(p -> p.line() + " " + p.field() + " " + dialog.describe(p))).containsExactly(
                "3 product There is no product NO-SUCH-PART.",
                "4 quantity Quantity -4 is not between 1 and 1000000.",
                "4 dueDate \"31.12.2026\" is not a date of the form yyyy-MM-dd, e.g. 2026-12-31.",
                "5 orderNumber Order number " + tag + "-1 appears already on line 2.");
        assertThat(button("import-valid").getText()).isEqualTo("Import the 1 valid rows");
        absent("import-all");
        _click(button("import-close"));
        assertThat(count()).as("nothing imported").isZero();
    }

    @Test
    void theUserMayChooseToImportOnlyTheValidRows() {
        signIn("supervisor", "SUPERVISOR");
        navigate("orders");
        upload(header()
                + tag + "-1,GBX-SHAFT-40,10,2026-12-01,2," + tag + "\n"
                + tag + "-2,NO-SUCH-PART,10,2026-12-01,2," + tag + "\n"
                + tag + "-3,BRK-W-220,40,2026-12-03,1," + tag + "\n");
        _click(button("import-valid"));
        assertThat(notifications()).containsExactly("2 orders imported.");
        set("orders-filter-text", tag);
        assertThat(rows()).extracting(Entry::number).containsExactlyInAnyOrder(tag + "-1", tag + "-3");
    }

    @Test
    void aCleanFileIsImportedWhole() {
        signIn("supervisor", "SUPERVISOR");
        navigate("orders");
        upload(header()
                + tag + "-1,GBX-SHAFT-40,10,2026-12-01,2," + tag + "\n"
                + ",HSG-PNT-90,8,2026-12-05,," + tag + "\n");
        assertThat(summary()).isEqualTo("2 orders read, all valid.");
        absent("import-valid");
        _click(button("import-all"));
        assertThat(count()).isEqualTo(2);
        assertThat(button("orders-import").isAttached()).isTrue();
    }

    @Test
    void anOrderNumberTheDatabaseHasAlreadyIsReported() {
        signIn("supervisor", "SUPERVISOR");
        navigate("orders");
        String existing = GridKt._get(grid(), 0).number();
        upload("orderNumber,product,quantity,dueDate\n" + existing + ",GBX-SHAFT-40,1,2026-12-01\n");
        assertThat(summary()).startsWith("1 rows read: 1 with problems");
        absent("import-valid");
    }

    @Test
    void aMalformedFileGetsOneClearMessage() {
        signIn("supervisor", "SUPERVISOR");
        navigate("orders");
        upload("order,qty\n1,2\n");
        assertThat(summary()).isEqualTo("The header line lacks the required columns: product, quantity, dueDate."
                + " Expected e.g.: orderNumber,product,quantity,dueDate,priority,customer");
        absent("import-all");
        absent("import-valid");
        UploadKt._upload(_get(Upload.class), "orders.csv", "text/csv", new byte[] {(byte) 0xC9, (byte) 0xCF, 10});
        assertThat(summary()).startsWith("The file is not UTF-8 text.");
    }

    @Test
    void anImportIsAllOrNothingWhenARowCanNoLongerBePlaced() {
        signIn("supervisor", "SUPERVISOR");
        List<OrderCsv.Row> rows = List.of(
                new OrderCsv.Row(2, tag + "-1", "GBX-SHAFT-40", 5, LocalDate.now().plusDays(5), 3, tag),
                new OrderCsv.Row(3, tag + "-2", "GBX-SHAFT-40", 5, LocalDate.now().plusDays(5), 3, tag),
                new OrderCsv.Row(4, tag + "-1", "GBX-SHAFT-40", 5, LocalDate.now().plusDays(5), 3, tag));
        assertThatThrownBy(() -> desk.importRows(rows)).isInstanceOf(RuleViolation.class)
                .hasMessage("order number '" + tag + "-1' exists already");
        assertThat(count()).as("the rows before the refused one are rolled back").isZero();
    }

    @Test
    void theScreenSpeaksChinese() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        signIn("supervisor", "SUPERVISOR");
        navigate("orders");
        assertThat(_get(H2.class).getText()).isEqualTo("订单待办");
        assertThat(button("orders-import").getText()).isEqualTo("导入 CSV");
        assertThat(grid().getColumnByKey("status").getHeaderText()).isEqualTo("状态");
    }

    // --- the roles that may not plan

    @Test
    void aManagerReadsTheBacklogButHasNoActions() {
        signIn("manager", "MANAGER");
        navigate("orders");
        assertThat(currentPath()).isEqualTo("orders");
        assertThat(GridKt._size(grid())).isGreaterThanOrEqualTo(5);
        List.of("orders-new", "orders-edit", "orders-release", "orders-hold", "orders-resume", "orders-cancel",
                "orders-import").forEach(OrderBacklogViewTest::absent);
    }

    @Test
    void operatorsAndInspectorsCannotOpenTheBacklog() {
        for (String role : List.of("OPERATOR", "INSPECTOR")) {
            signIn(role.toLowerCase(), role);
            navigate("orders");
            // the router shows an error page in place of the screen
            List<?> shown = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
            assertThat(shown).as(role).noneMatch(OrderBacklogView.class::isInstance);
            assertThat(shown.get(0)).as(role).isInstanceOf(HasErrorParameter.class);
        }
    }

    @Test
    void theDeskRefusesChangesToEveryoneButSupervisorsAndAdministrators() {
        long id = place("GBX-SHAFT-40", 10);
        OrderDesk.Draft draft = new OrderDesk.Draft("GBX-SHAFT-40", 1, LocalDate.now().plusDays(3), 3, tag);
        for (String role : List.of("OPERATOR", "INSPECTOR", "MANAGER")) {
            signIn(role.toLowerCase(), role);
            assertThatThrownBy(() -> desk.create(draft)).as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> desk.release(id)).as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> desk.cancel(id, "")).as(role).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> desk.check(header().getBytes(StandardCharsets.UTF_8))).as(role)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> desk.importRows(List.of())).as(role).isInstanceOf(AccessDeniedException.class);
        }
        signIn("manager", "MANAGER");
        assertThat(desk.get(id).status()).as("a manager may read").isEqualTo(OrderStatus.CREATED);
        signIn("admin", "ADMIN");
        assertThat(desk.release(id).status()).isEqualTo("RELEASED");
    }

    // --- helpers

    private long place(String product, int quantity) {
        return placing.place(product, quantity, LocalDate.now().plusDays(quantity), 3, tag + "-" + quantity,
                "test").id();
    }

    private long count() {
        return backlog.count(new OrderBacklog.Filter(null, null, tag, null, null));
    }

    private static String header() {
        return "orderNumber,product,quantity,dueDate,priority,customer\n";
    }

    private void upload(String csv) {
        _click(button("orders-import"));
        UploadKt._upload(_get(Upload.class), "orders.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private static void absent(String buttonId) {
        _assertNone(Button.class, spec -> spec.withId(buttonId));
    }

    private String summary() {
        return _get(Span.class, spec -> spec.withId("import-summary")).getText();
    }

    @SuppressWarnings("unchecked")
    private static Grid<Entry> grid() {
        return _get(Grid.class, spec -> spec.withId("orders-grid"));
    }

    private static List<Entry> rows() {
        Grid<Entry> grid = grid();
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static <V> void set(String id, V value) {
        HasValue<?, V> field = (HasValue<?, V>) _get(Component.class, spec -> spec.withId(id));
        _setValue(field, value);
    }

    private static com.vaadin.flow.component.HasValidation field(String id) {
        return (com.vaadin.flow.component.HasValidation) _get(Component.class, spec -> spec.withId(id));
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
    }
}
