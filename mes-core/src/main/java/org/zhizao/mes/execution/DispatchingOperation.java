package org.zhizao.mes.execution;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhizao.mes.execution.domain.DispatchRules;
import org.zhizao.mes.execution.domain.OperationTransition;
import org.zhizao.mes.plant.PlantDirectory;
import org.zhizao.mes.shared.domain.InvalidInput;

/** Dispatching an operation to a station, by a supervisor or the scheduler. */
@Service
public class DispatchingOperation {

    private final OperationTransitions transitions;
    private final PlantDirectory plant;

    DispatchingOperation(OperationTransitions transitions, PlantDirectory plant) {
        this.transitions = transitions;
        this.plant = plant;
    }

    /**
     * Dispatches a planned (or re-dispatches a dispatched) operation to an eligible station.
     *
     * @throws InvalidInput if the station does not exist (400)
     * @throws org.zhizao.mes.shared.domain.RuleViolation if a rule forbids it (409)
     */
    @Transactional
    public OperationView dispatch(long operationId, String stationCode, String reason) {
        Operation operation = transitions.load(operationId);
        PlantDirectory.StationInfo station = plant.findStation(stationCode).orElseThrow(
                () -> new InvalidInput("stationCode: station '" + stationCode + "' does not exist"));
        transitions.check(operation, OperationTransition.DISPATCH);
        DispatchRules.stationIsEligible(operation.getCode(), stationCode, operation.eligibleStationCodes())
                .and(() -> DispatchRules.stationCanPerform(operation.getCode(), operation.getOperationType(),
                        stationCode, station.operations()))
                .orThrow();
        operation.dispatchTo(stationCode);
        transitions.apply(operation, OperationTransition.DISPATCH,
                "to " + stationCode + (reason == null ? "" : ": " + reason));
        return OperationView.of(operation);
    }
}
