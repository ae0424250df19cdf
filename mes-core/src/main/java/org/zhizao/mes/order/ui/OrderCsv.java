package org.zhizao.mes.order.ui;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.zhizao.mes.order.domain.OrderNumber;

/**
 * Reads a file of production orders to import and checks every row before anything is placed.
 *
 * <p>The format: UTF-8 text (a byte-order mark is allowed), comma-separated, one header line naming the
 * columns in any order, then one order per line; a value containing a comma or a quote is quoted, with
 * quotes doubled ({@code "ACME, Ltd."}). Blank lines are skipped. Columns:
 * <ul>
 *   <li>{@code product} (required): the code of an existing product</li>
 *   <li>{@code quantity} (required): a whole number from 1 to 1,000,000</li>
 *   <li>{@code dueDate} (required): {@code yyyy-MM-dd}</li>
 *   <li>{@code orderNumber} (optional column and value): the sales or ERP number, unique; when empty
 *       the MES assigns a {@code PO-} number</li>
 *   <li>{@code priority} (optional): 1 (most urgent) to 5; 3 when empty</li>
 *   <li>{@code customer} (optional): the customer's reference, at most 100 characters</li>
 * </ul>
 * Plain Java, no framework: the caller says which products and order numbers exist.
 */
public final class OrderCsv {

    public static final String PRODUCT = "product";
    public static final String QUANTITY = "quantity";
    public static final String DUE_DATE = "dueDate";
    public static final String ORDER_NUMBER = "orderNumber";
    public static final String PRIORITY = "priority";
    public static final String CUSTOMER = "customer";
    public static final List<String> REQUIRED = List.of(PRODUCT, QUANTITY, DUE_DATE);
    public static final List<String> COLUMNS = List.of(ORDER_NUMBER, PRODUCT, QUANTITY, DUE_DATE, PRIORITY, CUSTOMER);
    public static final int MAX_ROWS = 2000;
    public static final int MAX_BYTES = 1_000_000;
    public static final int MAX_QUANTITY = 1_000_000;
    public static final int DEFAULT_PRIORITY = 3;
    public static final int MAX_CUSTOMER_LENGTH = 100;

    /** What the importer needs to know of the existing data. */
    public interface Known {
        boolean product(String code);

        /** Which of these order numbers some order has already. */
        Set<String> existingOrderNumbers(Collection<String> numbers);
    }

    /** A row that passed every check; {@code line} is its line in the file (the header is line 1). */
    public record Row(int line, String orderNumber, String product, int quantity, LocalDate dueDate, int priority,
                      String customer) {
    }

    /** What is wrong with one value of a row; {@code detail} completes the kind's text where it needs more. */
    public record Problem(int line, String field, Kind kind, String value, String detail) {
    }

    /** The kinds of row problems, each with its text in the UI's message bundles. */
    public enum Kind {
        REQUIRED, NOT_A_WHOLE_NUMBER, QUANTITY_RANGE, PRIORITY_RANGE, BAD_DATE, UNKNOWN_PRODUCT,
        ORDER_NUMBER_FORMAT, ORDER_NUMBER_RESERVED, DUPLICATE_IN_FILE, ORDER_NUMBER_EXISTS, TOO_LONG,
        CELL_COUNT, UNCLOSED_QUOTE
    }

    /** The file as a whole cannot be read; {@code detail} names the columns or limits concerned. */
    public static final class Malformed extends RuntimeException {

        /** Why a file cannot be read at all. */
        public enum Why { EMPTY, NOT_UTF8, MISSING_COLUMNS, UNKNOWN_COLUMNS, DUPLICATE_COLUMNS, NO_ROWS, TOO_MANY_ROWS,
            TOO_LARGE }

        private final Why why;
        private final String detail;

        Malformed(Why why, String detail) {
            super(why + (detail.isEmpty() ? "" : ": " + detail));
            this.why = why;
            this.detail = detail;
        }

        public Why why() {
            return why;
        }

        public String detail() {
            return detail;
        }
    }

    /** The outcome of reading a file: its rows that can be placed and the problems of the others. */
    public record Report(int rows, List<Row> valid, List<Problem> problems) {

        public int invalidRows() {
            return rows - valid.size();
        }

        public boolean clean() {
            return problems.isEmpty();
        }
    }

    private OrderCsv() {
    }

    /**
     * Reads and checks every row.
     *
     * @throws Malformed if the file is empty, not UTF-8, too large, or its header is wrong
     */
    public static Report read(byte[] content, Known known) {
        if (content.length > MAX_BYTES) {
            throw new Malformed(Malformed.Why.TOO_LARGE, String.valueOf(MAX_BYTES));
        }
        List<String> lines = decode(content).lines().toList();
        int headerIndex = firstNonBlank(lines, 0);
        if (headerIndex < 0) {
            throw new Malformed(Malformed.Why.EMPTY, "");
        }
        Map<String, Integer> header = header(lines.get(headerIndex));
        Map<Integer, List<String>> records = new LinkedHashMap<>();
        for (int i = headerIndex + 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                records.put(i + 1, null);
            }
        }
        if (records.isEmpty()) {
            throw new Malformed(Malformed.Why.NO_ROWS, "");
        }
        if (records.size() > MAX_ROWS) {
            throw new Malformed(Malformed.Why.TOO_MANY_ROWS, String.valueOf(MAX_ROWS));
        }
        List<Problem> problems = new ArrayList<>();
        List<Row> candidates = new ArrayList<>();
        for (int line : records.keySet()) {
            Row row = row(line, lines.get(line - 1), header, known, problems);
            if (row != null) {
                candidates.add(row);
            }
        }
        List<Row> valid = checkNumbers(candidates, known, problems);
        problems.sort(java.util.Comparator.comparingInt(Problem::line));
        return new Report(records.size(), List.copyOf(valid), List.copyOf(problems));
    }

    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new Malformed(Malformed.Why.NOT_UTF8, "");
        }
    }

    private static int firstNonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** The column of each known name; names match ignoring case and surrounding blanks. */
    private static Map<String, Integer> header(String line) {
        List<String> parsed = CsvLine.cells(line);
        List<String> names = parsed == null ? List.of(line) : parsed;
        Map<String, Integer> columns = new HashMap<>();
        Set<String> unknown = new TreeSet<>();
        Set<String> duplicate = new TreeSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).trim();
            String column = COLUMNS.stream().filter(c -> c.equalsIgnoreCase(name)).findFirst().orElse(null);
            if (column == null) {
                unknown.add(name.isEmpty() ? "\"\"" : name);
            } else if (columns.putIfAbsent(column, i) != null) {
                duplicate.add(column);
            }
        }
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new Malformed(Malformed.Why.MISSING_COLUMNS, String.join(", ", missing));
        }
        if (!unknown.isEmpty()) {
            throw new Malformed(Malformed.Why.UNKNOWN_COLUMNS, String.join(", ", unknown));
        }
        if (!duplicate.isEmpty()) {
            throw new Malformed(Malformed.Why.DUPLICATE_COLUMNS, String.join(", ", duplicate));
        }
        columns.put("", names.size()); // the number of cells every row must have
        return columns;
    }

    private static Row row(int line, String text, Map<String, Integer> header, Known known, List<Problem> problems) {
        List<String> cells = CsvLine.cells(text);
        if (cells == null) {
            problems.add(new Problem(line, "", Kind.UNCLOSED_QUOTE, text, ""));
            return null;
        }
        int expected = header.get("");
        if (cells.size() != expected) {
            problems.add(new Problem(line, "", Kind.CELL_COUNT, String.valueOf(cells.size()),
                    String.valueOf(expected)));
            return null;
        }
        int before = problems.size();
        Map<String, String> v = new HashMap<>();
        header.forEach((column, index) -> {
            if (!column.isEmpty()) {
                v.put(column, cells.get(index).trim());
            }
        });
        String number = v.getOrDefault(ORDER_NUMBER, "");
        if (!number.isEmpty()) {
            if (!OrderNumber.isWellFormed(number)) {
                problems.add(new Problem(line, ORDER_NUMBER, Kind.ORDER_NUMBER_FORMAT, number, ""));
            } else if (OrderNumber.isReserved(number)) {
                problems.add(new Problem(line, ORDER_NUMBER, Kind.ORDER_NUMBER_RESERVED, number, ""));
            }
        }
        String product = v.get(PRODUCT);
        if (product.isEmpty()) {
            problems.add(new Problem(line, PRODUCT, Kind.REQUIRED, "", ""));
        } else if (!known.product(product)) {
            problems.add(new Problem(line, PRODUCT, Kind.UNKNOWN_PRODUCT, product, ""));
        }
        Integer quantity = whole(line, QUANTITY, v.get(QUANTITY), null, 1, MAX_QUANTITY, Kind.QUANTITY_RANGE,
                problems);
        LocalDate due = date(line, v.get(DUE_DATE), problems);
        Integer priority = whole(line, PRIORITY, v.getOrDefault(PRIORITY, ""), DEFAULT_PRIORITY, 1, 5,
                Kind.PRIORITY_RANGE, problems);
        String customer = v.getOrDefault(CUSTOMER, "");
        if (customer.length() > MAX_CUSTOMER_LENGTH) {
            problems.add(new Problem(line, CUSTOMER, Kind.TOO_LONG, customer, String.valueOf(MAX_CUSTOMER_LENGTH)));
        }
        if (problems.size() > before) {
            return null;
        }
        return new Row(line, number.isEmpty() ? null : number, product, quantity, due, priority,
                customer.isEmpty() ? null : customer);
    }

    private static Integer whole(int line, String field, String value, Integer blank, int min, int max,
            Kind range, List<Problem> problems) {
        if (value.isEmpty()) {
            if (blank == null) {
                problems.add(new Problem(line, field, Kind.REQUIRED, "", ""));
            }
            return blank;
        }
        try {
            long n = Long.parseLong(value);
            if (n < min || n > max) {
                problems.add(new Problem(line, field, range, value, ""));
                return null;
            }
            return (int) n;
        } catch (NumberFormatException e) {
            problems.add(new Problem(line, field, Kind.NOT_A_WHOLE_NUMBER, value, ""));
            return null;
        }
    }

    private static LocalDate date(int line, String value, List<Problem> problems) {
        if (value.isEmpty()) {
            problems.add(new Problem(line, DUE_DATE, Kind.REQUIRED, "", ""));
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(line, DUE_DATE, Kind.BAD_DATE, value, ""));
            return null;
        }
    }

    /** Rows whose order number repeats an earlier row's, or an existing order's, are not valid. */
    private static List<Row> checkNumbers(List<Row> rows, Known known, List<Problem> problems) {
        Map<String, Integer> firstLine = new HashMap<>();
        List<String> numbers = rows.stream().map(Row::orderNumber).filter(n -> n != null).distinct().toList();
        Set<String> existing = numbers.isEmpty() ? Set.of() : known.existingOrderNumbers(numbers);
        List<Row> valid = new ArrayList<>();
        for (Row row : rows) {
            String number = row.orderNumber();
            if (number == null) {
                valid.add(row);
                continue;
            }
            Integer first = firstLine.putIfAbsent(number.toUpperCase(Locale.ROOT), row.line());
            if (first != null) {
                problems.add(new Problem(row.line(), ORDER_NUMBER, Kind.DUPLICATE_IN_FILE, number,
                        String.valueOf(first)));
            } else if (existing.contains(number)) {
                problems.add(new Problem(row.line(), ORDER_NUMBER, Kind.ORDER_NUMBER_EXISTS, number, ""));
            } else {
                valid.add(row);
            }
        }
        return valid;
    }
}
