package org.zhizao.mes.order.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import java.util.function.IntConsumer;
import org.zhizao.mes.shared.domain.InvalidInput;
import org.zhizao.mes.shared.domain.RuleViolation;

/**
 * Importing orders from a CSV file: the file is read and every row checked first; the dialog then
 * reports each problem by line and column. A clean file can be imported; from a file with problems
 * nothing is imported unless the user chooses to import only its valid rows.
 */
class ImportDialog extends Dialog {

    private final OrderDesk desk;
    private final IntConsumer imported;
    private final Span summary = new Span();
    private final Grid<OrderCsv.Problem> problems = new Grid<>();
    private final Button importAll = new Button();
    private final Button importValid = new Button();
    private final Upload upload;
    private OrderCsv.Report report;

    /** @param imported told how many orders were placed */
    ImportDialog(OrderDesk desk, IntConsumer imported) {
        this.desk = desk;
        this.imported = imported;
        setId("import-dialog");
        setHeaderTitle(getTranslation("orders.import.title"));
        setWidth("min(960px, 95vw)");

        UI ui = UI.getCurrent();
        // the upload arrives outside the session lock: show its result through the UI's queue
        upload = new Upload(UploadHandler.inMemory((meta, bytes) -> ui.access(() -> check(bytes))));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(OrderCsv.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setDropLabel(new Span(getTranslation("orders.import.drop")));
        upload.addFileRejectedListener(e -> showError(e.getErrorMessage()));

        summary.setId("import-summary");
        configureProblems();
        importAll.setId("import-all");
        importAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importAll.addClickListener(click -> importRows());
        importValid.setId("import-valid");
        importValid.addClickListener(click -> importRows());
        Button close = new Button(getTranslation("common.close"), click -> close());
        close.setId("import-close");
        getFooter().add(close, importValid, importAll);

        add(new Paragraph(getTranslation("orders.import.format")), upload, summary, problems);
        reset();
    }

    private void configureProblems() {
        problems.setId("import-problems");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        problems.setAllRowsVisible(true);
        problems.addColumn(OrderCsv.Problem::line).setHeader(getTranslation("orders.import.line"))
                .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(p -> p.field().isEmpty() ? "–" : p.field())
                .setHeader(getTranslation("orders.import.field")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(this::describe).setHeader(getTranslation("orders.import.problem")).setFlexGrow(1);
    }

    /** The problem as a sentence in the user's language. */
    String describe(OrderCsv.Problem p) {
        return getTranslation("orders.csv." + p.kind().name(), p.value(), p.detail());
    }

    private void reset() {
        report = null;
        problems.setVisible(false);
        importAll.setVisible(false);
        importValid.setVisible(false);
        summary.setText("");
        summary.getElement().getThemeList().clear();
    }

    void check(byte[] file) {
        reset();
        upload.clearFileList();
        try {
            report = desk.check(file);
        } catch (OrderCsv.Malformed e) {
            showError(getTranslation("orders.malformed." + e.why().name(), e.detail()));
            return;
        }
        summary.getElement().getThemeList().add(report.clean() ? "badge success" : "badge contrast");
        problems.setItems(report.problems());
        problems.setVisible(!report.clean());
        int valid = report.valid().size();
        if (report.clean()) {
            summary.setText(getTranslation("orders.import.clean", valid));
            importAll.setText(getTranslation("orders.import.all", valid));
            importAll.setVisible(true);
        } else {
            summary.setText(getTranslation("orders.import.withProblems", report.rows(), report.invalidRows(),
                    report.problems().size(), valid));
            importValid.setText(getTranslation("orders.import.valid", valid));
            importValid.setVisible(valid > 0);
        }
    }

    private void showError(String message) {
        reset();
        summary.setText(message);
        summary.getElement().getThemeList().add("badge error");
    }

    private void importRows() {
        List<OrderCsv.Row> rows = report == null ? List.of() : report.valid();
        try {
            int placed = desk.importRows(rows);
            close();
            imported.accept(placed);
        } catch (RuleViolation | InvalidInput e) {
            showError(getTranslation("common.error", e.getMessage()));
        }
    }

    Upload upload() {
        return upload;
    }
}
