package org.zhizao.mes.order.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.zhizao.mes.order.ui.OrderCsv.Kind;
import org.zhizao.mes.order.ui.OrderCsv.Malformed.Why;
import org.zhizao.mes.order.ui.OrderCsv.Problem;
import org.zhizao.mes.order.ui.OrderCsv.Report;

/** Reading an import file: every row is checked, and each problem is reported by line and column. */
class OrderCsvTest {

    static final String HEADER = "orderNumber,product,quantity,dueDate,priority,customer\n";

    /** Two products exist, and one order numbered ERP-1. */
    static final OrderCsv.Known KNOWN = new OrderCsv.Known() {
        @Override
        public boolean product(String code) {
            return Set.of("GBX-SHAFT-40", "BRK-W-220").contains(code);
        }

        @Override
        public Set<String> existingOrderNumbers(Collection<String> numbers) {
            return numbers.stream().filter("ERP-1"::equals).collect(Collectors.toSet());
        }
    };

    static Report read(String text) {
        return OrderCsv.read(text.getBytes(StandardCharsets.UTF_8), KNOWN);
    }

    static Problem onlyProblem(Report report) {
        assertThat(report.problems()).hasSize(1);
        return report.problems().get(0);
    }

    @Test
    void aCleanFileGivesOneRowPerOrder() {
        Report report = read(HEADER
                + "ERP-7,GBX-SHAFT-40,120,2026-12-01,2,SAIC-0457\n"
                + ",BRK-W-220,5,2026-12-02,,\"ACME, Ltd. \"\"East\"\"\"\n");
        assertThat(report.clean()).isTrue();
        assertThat(report.valid()).containsExactly(
                new OrderCsv.Row(2, "ERP-7", "GBX-SHAFT-40", 120, LocalDate.of(2026, 12, 1), 2, "SAIC-0457"),
                new OrderCsv.Row(3, null, "BRK-W-220", 5, LocalDate.of(2026, 12, 2), 3, "ACME, Ltd. \"East\""));
    }

    @Test
    void columnsMayComeInAnyOrderAndTheOptionalOnesMayBeLeftOut() {
        Report report = read("\uFEFFDueDate,Quantity,Product\r\n2026-12-01,10,GBX-SHAFT-40\r\n\r\n");
        assertThat(report.valid()).singleElement().satisfies(row -> {
            assertThat(row.orderNumber()).isNull();
            assertThat(row.priority()).isEqualTo(OrderCsv.DEFAULT_PRIORITY);
            assertThat(row.quantity()).isEqualTo(10);
        });
    }

    @Test
    void aBadDateIsReportedAtItsLineAndColumn() {
        Problem p = onlyProblem(read(HEADER + "ERP-7,GBX-SHAFT-40,120,01.12.2026,2,\n"));
        assertThat(p).isEqualTo(new Problem(2, "dueDate", Kind.BAD_DATE, "01.12.2026", ""));
    }

    @Test
    void anUnknownProductIsReported() {
        Problem p = onlyProblem(read(HEADER + "ERP-7,NO-SUCH-PART,120,2026-12-01,2,\n"));
        assertThat(p.kind()).isEqualTo(Kind.UNKNOWN_PRODUCT);
        assertThat(p.field()).isEqualTo("product");
    }

    @Test
    void aNegativeOrZeroOrFractionalQuantityIsReported() {
        Report report = read(HEADER + "A-1,GBX-SHAFT-40,-5,2026-12-01,2,\n"
                + "A-2,GBX-SHAFT-40,0,2026-12-01,2,\n"
                + "A-3,GBX-SHAFT-40,2.5,2026-12-01,2,\n");
        assertThat(report.problems()).extracting(Problem::line, Problem::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, Kind.QUANTITY_RANGE),
                org.assertj.core.groups.Tuple.tuple(3, Kind.QUANTITY_RANGE),
                org.assertj.core.groups.Tuple.tuple(4, Kind.NOT_A_WHOLE_NUMBER));
        assertThat(report.valid()).isEmpty();
    }

    @Test
    void aPriorityOutsideOneToFiveIsReported() {
        assertThat(onlyProblem(read(HEADER + "A-1,GBX-SHAFT-40,5,2026-12-01,9,\n")).kind())
                .isEqualTo(Kind.PRIORITY_RANGE);
    }

    @Test
    void anOrderNumberRepeatedInsideTheFileIsReportedOnItsSecondLineWithTheFirst() {
        Report report = read(HEADER + "ERP-9,GBX-SHAFT-40,1,2026-12-01,2,\n"
                + "ERP-8,GBX-SHAFT-40,1,2026-12-01,2,\n"
                + "erp-9,BRK-W-220,1,2026-12-01,2,\n");
        assertThat(onlyProblem(report)).isEqualTo(new Problem(4, "orderNumber", Kind.DUPLICATE_IN_FILE, "erp-9", "2"));
        assertThat(report.valid()).extracting(OrderCsv.Row::orderNumber).containsExactly("ERP-9", "ERP-8");
        assertThat(report.invalidRows()).isEqualTo(1);
    }

    @Test
    void anOrderNumberThatAnOrderHasAlreadyIsReported() {
        Problem p = onlyProblem(read(HEADER + "ERP-1,GBX-SHAFT-40,1,2026-12-01,2,\n"));
        assertThat(p.kind()).isEqualTo(Kind.ORDER_NUMBER_EXISTS);
    }

    @Test
    void anOrderNumberInTheAssignedFormOrWithOddCharactersIsReported() {
        Report report = read(HEADER + "PO-2026-000001,GBX-SHAFT-40,1,2026-12-01,2,\n"
                + "ERP 7,GBX-SHAFT-40,1,2026-12-01,2,\n");
        assertThat(report.problems()).extracting(Problem::kind)
                .containsExactly(Kind.ORDER_NUMBER_RESERVED, Kind.ORDER_NUMBER_FORMAT);
    }

    @Test
    void everyProblemOfARowIsReportedNotJustTheFirst() {
        Report report = read(HEADER + "A-1,,x,tomorrow,0,\n");
        assertThat(report.problems()).extracting(Problem::field)
                .containsExactly("product", "quantity", "dueDate", "priority");
    }

    @Test
    void aRowWithMissingValuesOrAnOpenQuoteIsReported() {
        Report report = read(HEADER + "A-1,GBX-SHAFT-40,1,2026-12-01\n"
                + "A-2,GBX-SHAFT-40,1,2026-12-01,2,\"open\n");
        assertThat(report.problems()).extracting(Problem::kind).containsExactly(Kind.CELL_COUNT, Kind.UNCLOSED_QUOTE);
        assertThat(report.problems().get(0).detail()).isEqualTo("6");
    }

    @Test
    void aHeaderWithoutARequiredColumnMakesTheFileUnreadable() {
        assertThatThrownBy(() -> read("orderNumber,product,dueDate\nA-1,GBX-SHAFT-40,2026-12-01\n"))
                .isInstanceOfSatisfying(OrderCsv.Malformed.class, e -> {
                    assertThat(e.why()).isEqualTo(Why.MISSING_COLUMNS);
                    assertThat(e.detail()).isEqualTo("quantity");
                });
    }

    @Test
    void aHeaderWithAnUnknownOrRepeatedColumnMakesTheFileUnreadable() {
        assertThatThrownBy(() -> read("product,quantity,dueDate,colour\n"))
                .isInstanceOfSatisfying(OrderCsv.Malformed.class, e -> assertThat(e.detail()).isEqualTo("colour"));
        assertThatThrownBy(() -> read("product,quantity,dueDate,quantity\n"))
                .isInstanceOfSatisfying(OrderCsv.Malformed.class,
                        e -> assertThat(e.why()).isEqualTo(Why.DUPLICATE_COLUMNS));
    }

    @Test
    void anEmptyFileOrOneWithoutOrdersIsUnreadable() {
        assertThatThrownBy(() -> read("")).isInstanceOfSatisfying(OrderCsv.Malformed.class,
                e -> assertThat(e.why()).isEqualTo(Why.EMPTY));
        assertThatThrownBy(() -> read(" \n\n")).isInstanceOfSatisfying(OrderCsv.Malformed.class,
                e -> assertThat(e.why()).isEqualTo(Why.EMPTY));
        assertThatThrownBy(() -> read(HEADER)).isInstanceOfSatisfying(OrderCsv.Malformed.class,
                e -> assertThat(e.why()).isEqualTo(Why.NO_ROWS));
    }

    @Test
    void aFileInAnotherEncodingThanUtf8IsUnreadable() {
        // a spreadsheet on a Chinese Windows saves CSV in GBK unless told otherwise
        byte[] gbk = (HEADER + "A-1,GBX-SHAFT-40,1,2026-12-01,2,上汽集团\n").getBytes(Charset.forName("GBK"));
        assertThatThrownBy(() -> OrderCsv.read(gbk, KNOWN)).isInstanceOfSatisfying(OrderCsv.Malformed.class,
                e -> assertThat(e.why()).isEqualTo(Why.NOT_UTF8));
    }

    @Test
    void chineseTextInUtf8IsKept() {
        assertThat(read(HEADER + "A-1,GBX-SHAFT-40,1,2026-12-01,2,上汽集团\n").valid().get(0).customer())
                .isEqualTo("上汽集团");
    }

    @Test
    void aFileWithTooManyRowsIsRefusedWhole() {
        String rows = "GBX-SHAFT-40,1,2026-12-01\n".repeat(OrderCsv.MAX_ROWS + 1);
        assertThatThrownBy(() -> read("product,quantity,dueDate\n" + rows))
                .isInstanceOfSatisfying(OrderCsv.Malformed.class,
                        e -> assertThat(e.why()).isEqualTo(Why.TOO_MANY_ROWS));
    }
}
