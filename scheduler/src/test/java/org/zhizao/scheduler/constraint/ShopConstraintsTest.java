package org.zhizao.scheduler.constraint;

import static org.zhizao.scheduler.ShopFixtures.operation;
import static org.zhizao.scheduler.ShopFixtures.order;
import static org.zhizao.scheduler.ShopFixtures.planned;
import static org.zhizao.scheduler.ShopFixtures.route;
import static org.zhizao.scheduler.ShopFixtures.station;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;
import org.zhizao.scheduler.model.CalendarPolicy;
import org.zhizao.scheduler.model.Operation;
import org.zhizao.scheduler.model.PrecedenceLink;
import org.zhizao.scheduler.model.ProductionOrder;
import org.zhizao.scheduler.model.SetupMatrix;
import org.zhizao.scheduler.model.ShopSchedule;
import org.zhizao.scheduler.model.Station;
import org.zhizao.scheduler.model.StationCalendar;
import org.zhizao.scheduler.model.StationOption;
import org.zhizao.scheduler.model.TimeWindow;

class ShopConstraintsTest {

    private final ConstraintVerifier<ShopConstraints, ShopSchedule> verifier =
            ConstraintVerifier.build(new ShopConstraints(), ShopSchedule.class, Station.class, Operation.class);

    private final Station lathe = station("LATHE");
    private final Station mill = station("MILL");
    private final ProductionOrder order = order("PO-1");

    @Test
    void anOperationStartingBeforeItsRoutingPredecessorEndsIsPenalizedPerTickOfOverlap() {
        Operation turn = planned(operation("turn", order, lathe, 10), lathe, 0);
        Operation drill = planned(operation("drill", order, mill, 5), mill, 7);
        route(turn, drill);
        verifier.verifyThat(ShopConstraints::routingPrecedence)
                .given(new PrecedenceLink(turn, drill), turn, drill)
                .penalizesBy(3);
    }

    @Test
    void anOperationStartingAfterItsRoutingPredecessorIsNotPenalized() {
        Operation turn = planned(operation("turn", order, lathe, 10), lathe, 0);
        Operation drill = planned(operation("drill", order, mill, 5), mill, 10);
        verifier.verifyThat(ShopConstraints::routingPrecedence)
                .given(new PrecedenceLink(turn, drill), turn, drill)
                .penalizesBy(0);
    }

    @Test
    void anOperationOnAStationThatCannotRunItIsPenalized() {
        Operation turn = planned(operation("turn", order, lathe, 10), mill, 0);
        Operation drill = planned(operation("drill", order, mill, 5), mill, 10);
        verifier.verifyThat(ShopConstraints::stationEligibility).given(turn, drill).penalizesBy(1);
    }

    @Test
    void anOperationCrossingABreakIsPenalizedWhenItMustFitInOneWindow() {
        StationCalendar shifts = new StationCalendar(List.of(new TimeWindow(0, 100), new TimeWindow(120, 200)), List.of(),
                CalendarPolicy.FIT_IN_WINDOW);
        Station press = station("PRESS", 0, shifts, SetupMatrix.NONE);
        Operation crossing = planned(operation("crossing", order, press, 30), press, 90, 140);
        Operation inside = planned(operation("inside", order, press, 30), press, 120, 150);
        verifier.verifyThat(ShopConstraints::stationCalendar).given(crossing, inside).penalizesBy(1);
    }

    @Test
    void anOperationMayPauseOverABreakWhenThePolicyAllowsIt() {
        StationCalendar shifts = new StationCalendar(List.of(new TimeWindow(0, 100), new TimeWindow(120, 200)), List.of(),
                CalendarPolicy.PAUSE_OVER_BREAKS);
        Station press = station("PRESS", 0, shifts, SetupMatrix.NONE);
        Operation crossing = planned(operation("crossing", order, press, 30), press, 90, 140);
        Operation inMaintenance = planned(operation("late", order, press, 10), press, 105, 115);
        verifier.verifyThat(ShopConstraints::stationCalendar).given(crossing, inMaintenance).penalizesBy(1);
    }

    @Test
    void operationsOverlappingOnAStationArePenalizedPerTickIncludingSetup() {
        Station oven = station("OVEN", 0, StationCalendar.ALWAYS_OPEN, new SetupMatrix(Map.of(), 4));
        Operation first = planned(operation("first", order, "A", List.of(new StationOption(oven, 10))), oven, 0);
        Operation second = planned(operation("second", order, "B", List.of(new StationOption(oven, 10))), oven, 12);
        second.setPrevious(first);
        verifier.verifyThat(ShopConstraints::noOverlap).given(first, second).penalizesBy(2);
    }

    @Test
    void anOperationThatCannotBeTimedBecauseOfASequenceCycleIsPenalizedHeavily() {
        Operation untimed = operation("untimed", order, lathe, 10);
        untimed.setStation(lathe);
        verifier.verifyThat(ShopConstraints::sequenceContradictsRouting).given(untimed).penalizesBy(1);
    }

    @Test
    void aLateOrderIsPenalizedByItsLatenessTimesItsPriority() {
        ProductionOrder urgent = order("PO-9", 20, 3);
        Operation first = planned(operation("first", urgent, lathe, 10), lathe, 0);
        Operation last = planned(operation("last", urgent, mill, 15), mill, 10);
        verifier.verifyThat(ShopConstraints::weightedTardiness).given(first, last).penalizesBy(15);
    }

    @Test
    void anOrderOnTimeCostsNothing() {
        ProductionOrder relaxed = order("PO-8", 100, 3);
        Operation only = planned(operation("only", relaxed, lathe, 10), lathe, 0);
        verifier.verifyThat(ShopConstraints::weightedTardiness).given(only).penalizesBy(0);
    }

    @Test
    void makespanIsTheEndOfTheLastOperation() {
        Operation a = planned(operation("a", order, lathe, 10), lathe, 0);
        Operation b = planned(operation("b", order, mill, 30), mill, 12);
        verifier.verifyThat(ShopConstraints::makespan).given(a, b).penalizesBy(42);
    }

    @Test
    void setupTimeIsCountedBetweenFamilies() {
        Station oven = station("OVEN", 0, StationCalendar.ALWAYS_OPEN,
                new SetupMatrix(Map.of("A", Map.of("B", 7L)), 3));
        Operation first = planned(operation("first", order, "A", List.of(new StationOption(oven, 10))), oven, 0);
        Operation second = planned(operation("second", order, "B", List.of(new StationOption(oven, 10))), oven, 17);
        Operation third = planned(operation("third", order, "B", List.of(new StationOption(oven, 10))), oven, 27);
        second.setPrevious(first);
        third.setPrevious(second);
        verifier.verifyThat(ShopConstraints::totalSetupTime).given(first, second, third).penalizesBy(7);
    }

    @Test
    void runningOnAHungrierStationCostsTheExtraEnergy() {
        Station efficient = station("EFFICIENT", 2, StationCalendar.ALWAYS_OPEN, SetupMatrix.NONE);
        Station hungry = station("HUNGRY", 5, StationCalendar.ALWAYS_OPEN, SetupMatrix.NONE);
        List<StationOption> options = List.of(new StationOption(efficient, 10), new StationOption(hungry, 8));
        Operation onHungry = planned(operation("hungry", order, null, options), hungry, 0);
        Operation onEfficient = planned(operation("efficient", order, null, options), efficient, 0);
        verifier.verifyThat(ShopConstraints::energyEfficientStation).given(onHungry, onEfficient).penalizesBy(40 - 20);
    }

    @Test
    void totalOrderCompletionTimeSumsTheEndOfEachOrder() {
        ProductionOrder other = order("PO-2");
        Operation a = planned(operation("a", order, lathe, 10), lathe, 0);
        Operation b = planned(operation("b", order, mill, 5), mill, 10);
        Operation c = planned(operation("c", other, lathe, 4), lathe, 10);
        verifier.verifyThat(ShopConstraints::totalOrderCompletionTime).given(a, b, c).penalizesBy(15 + 14);
    }
}
