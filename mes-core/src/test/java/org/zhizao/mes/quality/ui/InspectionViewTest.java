package org.zhizao.mes.quality.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.zhizao.mes.quality.domain.Disposition;
import org.zhizao.mes.quality.domain.NcrStatus;
import org.zhizao.mes.quality.inspection.PlanRequests;
import org.zhizao.mes.quality.inspection.QualityOperation;
import org.zhizao.mes.quality.ui.InspectionViews.ChartableCharacteristic;
import org.zhizao.mes.quality.ui.InspectionViews.NcrLine;
import org.zhizao.mes.quality.ui.InspectionViews.QueueEntry;
import org.zhizao.mes.quality.ui.InspectionViews.ResultLine;
import org.zhizao.mes.quality.ui.InspectionViews.SpcFigures;
import org.zhizao.mes.support.ViewTest;
import org.zhizao.mes.ui.Formats;

/** The quality inspector's screens: queue and form, NCRs, SPC and Pareto; and who may not use them. */
class InspectionViewTest extends ViewTest {

    @Autowired
    InspectionDesk desk;

    private InspectionScenario scenario() {
        return new InspectionScenario(context);
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private static <T> List<T> rows(Grid<T> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    private static String svg(String id) {
        return _get(Svg.class, spec -> spec.withId(id)).getElement().getProperty("innerHTML");
    }

    /** Opens the operation's form from the queue, as an inspector clicking its row. */
    private void openFromQueue(QualityOperation operation) {
        navigate("inspections");
        Grid<QueueEntry> queue = grid("inspection-queue");
        queue.select(rows(queue).stream().filter(e -> e.operationId() == operation.getOperationId()).findFirst()
                .orElseThrow());
    }

    private ResultLine recordFailingDiameter(QualityOperation operation) {
        openFromQueue(operation);
        _setValue(_get(NumberField.class, spec -> spec.withId("value-D1")), 40.06);
        _click(_get(Button.class, spec -> spec.withId("save-results")));
        Grid<ResultLine> results = grid("inspection-results");
        return rows(results).stream().filter(r -> r.characteristic().equals("D1")).findFirst().orElseThrow();
    }

    @Test
    void theQueueShowsAStartedOperationWhoseRequiredInspectionsAreOpen() {
        QualityOperation turning = scenario().startedTurning();
        signIn("inspector", "INSPECTOR");
        navigate("");
        assertThat(currentPath()).isEqualTo("inspections");
        assertThat(rows(this.<QueueEntry>grid("inspection-queue")))
                .filteredOn(e -> e.operationId() == turning.getOperationId()).singleElement()
                .satisfies(e -> {
                    assertThat(e.orderNumber()).isEqualTo(turning.getOrderNumber());
                    assertThat(e.open()).containsExactly("D1 0/1", "RO 0/1", "VIS 0/1");
                });
    }

    @Test
    void anOutOfLimitValueShowsFailAsItIsTypedAndSavingRecordsItAgainstTheInspector() {
        QualityOperation turning = scenario().startedTurning();
        signIn("inspector", "INSPECTOR");
        openFromQueue(turning);
        assertThat(text("spec-D1")).contains("39.975", "40.025", "mm", "Micrometer 25-50");
        NumberField value = _get(NumberField.class, spec -> spec.withId("value-D1"));
        _setValue(value, 40.01);
        assertThat(text("verdict-D1")).isEqualTo("PASS");
        _setValue(value, 40.06);
        assertThat(text("verdict-D1")).isEqualTo("FAIL");
        assertThat(_get(Span.class, spec -> spec.withId("verdict-D1")).getClassNames()).contains("verdict-fail");

        _click(_get(Button.class, spec -> spec.withId("save-results")));

        assertThat(desk.form(turning.getOperationId()).results()).singleElement().satisfies(r -> {
            assertThat(r.characteristic()).isEqualTo("D1");
            assertThat(r.value()).isEqualTo(40.06);
            assertThat(r.passed()).isFalse();
            assertThat(r.inspector()).isEqualTo("inspector");
            assertThat(r.stationCode()).isEqualTo(InspectionScenario.LATHE);
        });
        assertThat(rows(this.<ResultLine>grid("inspection-results"))).extracting(ResultLine::passed)
                .containsExactly(false);
        assertThat(rows(this.<QueueEntry>grid("inspection-queue")))
                .filteredOn(e -> e.operationId() == turning.getOperationId())
                .singleElement().satisfies(e -> assertThat(e.open()).containsExactly("RO 0/1", "VIS 0/1"));
    }

    @Test
    void anAttributeFailureRecordsTheChosenDefectCode() {
        QualityOperation turning = scenario().startedTurning();
        signIn("inspector", "INSPECTOR");
        openFromQueue(turning);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.radiobutton.RadioButtonGroup<Boolean> judgement =
                _get(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class, spec -> spec.withId("judgement-VIS"));
        _setValue(judgement, false);
        assertThat(text("verdict-VIS")).isEqualTo("FAIL");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.MultiSelectComboBox<String> defects =
                _get(com.vaadin.flow.component.combobox.MultiSelectComboBox.class, spec -> spec.withId("defects-VIS"));
        _setValue(defects, Set.of("SURF.SCRATCH"));
        _click(_get(Button.class, spec -> spec.withId("save-results")));
        assertThat(desk.form(turning.getOperationId()).results()).singleElement()
                .satisfies(r -> assertThat(r.defectCodes()).containsExactly("SURF.SCRATCH"));
    }

    @Test
    void anNcrOpenedFromAFailingResultIsPrefilledAndCanBeDispositioned() {
        QualityOperation turning = scenario().startedTurning();
        signIn("inspector", "INSPECTOR");
        ResultLine failed = recordFailingDiameter(turning);
        _click((Button) GridKt._getCellComponent(grid("inspection-results"), 0, "ncr"));
        @SuppressWarnings("unchecked")
        ComboBox<String> code = _get(ComboBox.class, spec -> spec.withId("ncr-defect-code"));
        assertThat(code.getValue()).isEqualTo("DIM.OVERSIZE");
        _click(_get(Button.class, spec -> spec.withId("open-ncr-confirm")));

        assertThat(currentPath()).isEqualTo("ncrs");
        Grid<NcrLine> ncrs = grid("ncr-grid");
        NcrLine opened = ncrs.asSingleSelect().getValue();
        assertThat(opened.status()).isEqualTo(NcrStatus.OPEN);
        assertThat(opened.operationCode()).isEqualTo(turning.getCode());
        assertThat(opened.description()).contains("D1", "40.060", "39.975", "40.025");
        assertThat(failed.passed()).isFalse();

        @SuppressWarnings("unchecked")
        Select<Disposition> disposition = _get(Select.class, spec -> spec.withId("disposition"));
        _setValue(disposition, Disposition.SCRAP);
        _click(_get(Button.class, spec -> spec.withId("dispose")));
        assertThat(desk.ncr(opened.id()).status()).isEqualTo(NcrStatus.DISPOSITIONED);
        assertThat(desk.ncr(opened.id()).disposition()).isEqualTo(Disposition.SCRAP);

        // the workflow now refuses a second disposition, and the screen says why before anyone tries
        disposition = _get(Select.class, spec -> spec.withId("disposition"));
        _setValue(disposition, Disposition.USE_AS_IS);
        assertThat(_get(Button.class, spec -> spec.withId("dispose")).isEnabled()).isFalse();
        assertThat(text("ncr-reason")).isEqualTo("NCR " + opened.number()
                + " cannot be dispositioned as use as is: it is dispositioned (only possible when open)");
        assertThat(_get(Button.class, spec -> spec.withId("close-ncr")).isEnabled()).isTrue();
    }

    @Test
    void theSpcScreenShowsTheLimitsAndCapabilityOfRecordedMeasurements() {
        QualityOperation turning = scenario().startedTurning();
        List<Double> runout = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            runout.add(0.008 + 0.001 * (i % 4));
        }
        scenario().measure(turning.getOperationId(), "RO", runout);
        long ro = scenario().characteristicId("RO");
        signIn("inspector", "INSPECTOR");
        navigate("spc");
        @SuppressWarnings("unchecked")
        ComboBox<ChartableCharacteristic> chooser = _get(ComboBox.class, spec -> spec.withId("spc-characteristic"));
        _setValue(chooser, desk.chartableCharacteristics().stream().filter(c -> c.id() == ro).findFirst()
                .orElseThrow());

        SpcFigures figures = desk.spc(ro, null);
        Formats formats = Formats.of(java.util.Locale.ENGLISH);
        assertThat(figures.chart()).isNotNull();
        assertThat(text("spc-cpk")).isEqualTo(formats.number(figures.capability().cpk(), 2)).isNotEqualTo("–");
        assertThat(text("spc-cp")).isEqualTo(formats.number(figures.capability().cp(), 2));
        assertThat(text("spc-limits")).contains("UCL " + formats.number(figures.chart().location().ucl(), 4));
        assertThat(svg("spc-location-chart")).contains("reference limit", "reference centre", "UCL", "LCL");
        assertThat(svg("spc-dispersion-chart")).contains("reference limit");
        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withId("spc-breaches"))
                .getElement().getTextRecursively()).isNotBlank();
    }

    @Test
    void theParetoShowsABarPerDefectCode() {
        QualityOperation turning = scenario().startedTurning();
        signIn("inspector", "INSPECTOR");
        desk.recordDefect(turning.getOperationId(), "SURF.BURR", 4, null, "pareto test", false);
        signIn("manager", "MANAGER");
        navigate("spc");
        assertThat(svg("pareto-chart")).contains("class=\"bar\"", "SURF.BURR");
    }

    /** The views the UI shows now; a refused route shows an error page instead of the view. */
    private static List<Class<?>> shownViews() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream()
                .<Class<?>>map(Object::getClass).toList();
    }

    private void navigateRefused(String route) {
        try {
            navigate(route);
        } catch (RuntimeException refused) {
            // the mocked UI may surface the access-denied error as an exception: no screen opens either way
        }
    }

    @Test
    void anOperatorCannotOpenTheInspectionOrNcrScreens() {
        signIn("operator", "OPERATOR");
        navigateRefused("inspections");
        assertThat(shownViews()).doesNotContain(InspectionsView.class).isNotEmpty();
        navigateRefused("ncrs");
        assertThat(shownViews()).doesNotContain(NcrsView.class).isNotEmpty();
    }

    @Test
    void aManagerMayReadSpcButNotOpenNcrs() {
        signIn("manager", "MANAGER");
        navigate("spc");
        assertThat(shownViews()).contains(SpcView.class);
        navigateRefused("ncrs");
        assertThat(shownViews()).doesNotContain(NcrsView.class);
    }

    @Test
    void theDeskRefusesAnOperatorsChangesEvenWithTheScreensBypassed() {
        QualityOperation turning = scenario().startedTurning();
        signIn("operator", "OPERATOR");
        assertThatThrownBy(() -> desk.record(turning.getOperationId(),
                List.of(new PlanRequests.NewResult("D1", 40.0, null, null, null, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.recordDefect(turning.getOperationId(), "SURF.BURR", 1, null, null, true))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.dispose(1, Disposition.SCRAP, null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(desk.form(turning.getOperationId()).results()).isEmpty();
    }
}
