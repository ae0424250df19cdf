package org.zhizao.mes.station;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhizao.mes.equipment.AvailabilityState;
import org.zhizao.mes.execution.OperationView;
import org.zhizao.mes.plant.PlantDirectory;
import org.zhizao.mes.support.ViewTest;

/** The line operator's station terminal, worked as an operator would, and kept from roles without work there. */
class StationViewTest extends ViewTest {

    private static final String MILL = "P1/F1/W1/L2/S03";
    private static final String LATHE = "P1/F1/W1/L2/S02";
    private static final String MACHINING_CENTRE = "P1/F1/W1/L1/S03";

    private StationFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new StationFixture(context);
    }

    @Test
    void anOperatorStartsAcknowledgesEveryStepReportsScrapWithADefectCodeAndCompletes() {
        signIn("operator", "OPERATOR");
        OperationView op = fixture.dispatched(StationFixture.SHAFT, "MILLING", MILL);
        open(MILL, op);
        assertThat(text("station-op-status")).isEqualTo("Ready to start");
        assertThat(text("station-step-state-1")).isEqualTo("Open");

        click("station-start");
        assertThat(text("station-op-status")).isEqualTo("Running");
        assertThat(_get(Button.class, spec -> spec.withId("station-ack-next")).getText())
                .isEqualTo("Acknowledge step 1");
        click("station-ack-next");
        click("station-ack-next");
        assertThat(text("station-step-state-1")).startsWith("Done by operator");
        assertThat(text("station-step-state-2")).startsWith("Done by operator");
        assertThat(_get(Button.class, spec -> spec.withId("station-ack-next")).isEnabled()).isFalse();

        click("station-report-scrap");
        _setValue(_get(IntegerField.class, spec -> spec.withId("scrap-quantity")), 2);
        @SuppressWarnings("unchecked")
        ComboBox<StationDesk.DefectChoice> defect = _get(ComboBox.class, spec -> spec.withId("scrap-defect"));
        _setValue(defect, new StationDesk.DefectChoice("DIM.OVERSIZE", "Oversize"));
        click("scrap-confirm");
        assertThat(text("station-scrap")).isEqualTo("2");
        assertThat(text("station-good")).isEqualTo("0");
        assertThat(context.getBean(JdbcTemplate.class).queryForObject("SELECT SUM(quantity) FROM defect_record"
                + " WHERE operation_id = ? AND defect_code = 'DIM.OVERSIZE'", Integer.class, op.id())).isEqualTo(2);

        click("station-complete");
        assertThat(text("station-op-status")).isEqualTo("Completed");
        assertThat(_find(Component.class, spec -> spec.withId("station-message"))).as("no refusal shown").isEmpty();
        assertThat(fixture.operation(op.id()).status()).isEqualTo("COMPLETED");
        assertThat(fixture.operation(op.id()).scrapQuantity()).isEqualTo(2);
    }

    @Test
    void acknowledgingAStepOutOfOrderShowsTheRulesReason() {
        signIn("operator", "OPERATOR");
        OperationView op = fixture.dispatched(StationFixture.SHAFT, "MILLING", MILL);
        open(MILL, op);
        click("station-start");

        click("station-step-ack-2");

        assertThat(text("station-message")).isEqualTo("Not done: operation " + op.code()
                + ": step 2 'Gauge keyway width' cannot be acknowledged before step 1 'Set up keyway fixture'");
        assertThat(text("station-step-state-2")).isEqualTo("Open");
    }

    @Test
    void completingWithoutTheRequiredInspectionShowsWhatIsMissing() {
        signIn("operator", "OPERATOR");
        OperationView op = fixture.dispatched(StationFixture.SHAFT, "TURNING", LATHE);
        open(LATHE, op);
        click("station-start");
        click("station-ack-next");
        click("station-ack-next");

        click("station-complete");

        assertThat(text("station-message")).startsWith("Not done: operation " + op.code()
                + " cannot complete: inspection of D1");
        assertThat(text("station-op-status")).isEqualTo("Running");
    }

    @Test
    void anOperatorAcknowledgesAnAlarmOfTheStation() {
        signIn("operator", "OPERATOR");
        long alarm = fixture.alarm(MACHINING_CENTRE, "SPINDLE-TEMP", "Spindle temperature high");
        navigate("station/" + MACHINING_CENTRE);
        assertThat(text("station-alarm-" + alarm)).contains("SPINDLE-TEMP Spindle temperature high");

        click("station-alarm-ack-" + alarm);

        assertThat(text("station-alarm-acknowledged-" + alarm)).isEqualTo("Acknowledged by operator");
        assertThat(_find(Button.class, spec -> spec.withId("station-alarm-ack-" + alarm))).isEmpty();
    }

    @Test
    void anOperatorClassifiesADowntimeWithAReasonFromTheTree() {
        signIn("operator", "OPERATOR");
        long interval = fixture.downtime(MACHINING_CENTRE, AvailabilityState.UNPLANNED_DOWN);
        navigate("station/" + MACHINING_CENTRE);
        assertThat(text("station-downtime-reason-" + interval)).isEqualTo("No reason yet");

        click("station-downtime-classify-" + interval);
        @SuppressWarnings("unchecked")
        ComboBox<StationDesk.DowntimeReason> reason = _get(ComboBox.class, spec -> spec.withId("downtime-reason"));
        _setValue(reason, new StationDesk.DowntimeReason("BREAKDOWN-MECH", "BREAKDOWN", "机械故障",
                "Mechanical failure", "UNPLANNED"));
        click("downtime-confirm");

        assertThat(text("station-downtime-reason-" + interval)).isEqualTo("Reason BREAKDOWN-MECH");
    }

    @Test
    void theTerminalRemembersTheLastStationOfTheSession() {
        signIn("operator", "OPERATOR");
        navigate("station/" + MACHINING_CENTRE);
        navigate("");

        navigate("station");

        @SuppressWarnings("unchecked")
        ComboBox<PlantDirectory.StationInfo> picker = _get(ComboBox.class, spec -> spec.withId("station-picker"));
        assertThat(picker.getValue().code()).isEqualTo(MACHINING_CENTRE);
        assertThat(_get(SideNav.class).getItems()).extracting(SideNavItem::getLabel).contains("Station terminal");
        assertThat(picker.getItemLabelGenerator().apply(picker.getValue())).startsWith("P1/F1/W1/L1 · ");
        assertThat(_get(Component.class, spec -> spec.withId("station-state")).getClassNames())
                .contains("state-badge");
    }

    @Test
    void anInspectorOrAManagerCannotOpenTheTerminal() {
        for (String role : new String[] {"INSPECTOR", "MANAGER"}) {
            signIn(role.toLowerCase(), role);
            navigate("station");
            assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).as(role)
                    .noneMatch(StationView.class::isInstance);
        }
    }

    /** Opens the station's terminal and makes the operation the current one. */
    private void open(String station, OperationView op) {
        navigate("station/" + station);
        if (!text("station-op-code").equals(op.code())) {
            click("station-choose-" + op.id());
        }
        assertThat(text("station-op-code")).isEqualTo(op.code());
    }

    private static String text(String id) {
        return ((HasText) _get(Component.class, spec -> spec.withId(id))).getText();
    }

    private static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }
}
