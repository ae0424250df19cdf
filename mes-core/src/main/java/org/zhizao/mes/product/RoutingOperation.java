package org.zhizao.mes.product;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** One operation of a routing, with its eligible stations and work steps. */
@Entity
@Table(name = "routing_operation")
class RoutingOperation {

    /** A station eligible for this operation, with its times in minutes. */
    @Embeddable
    record Station(@Column(name = "station_code") String stationCode,
                   @Column(name = "setup_minutes") double setupMinutes,
                   @Column(name = "minutes_per_unit") double minutesPerUnit) {
    }

    /** A work step template. */
    @Embeddable
    record Step(@Column(name = "seq") int seq,
                @Column(name = "instruction") String instruction,
                @Column(name = "required") boolean required,
                @Column(name = "quality_check") boolean qualityCheck) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @Column(nullable = false)
    private int seq;

    @Column(name = "operation_type", nullable = false)
    private String operationType;

    private String description;

    @ElementCollection
    @CollectionTable(name = "routing_station", joinColumns = @JoinColumn(name = "routing_operation_id"))
    @OrderBy("stationCode")
    private List<Station> stations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "routing_step", joinColumns = @JoinColumn(name = "routing_operation_id"))
    @OrderBy("seq")
    private List<Step> steps = new ArrayList<>();

    protected RoutingOperation() {
    }

    RoutingOperation(int seq, String operationType, String description, List<Station> stations, List<Step> steps) {
        this.seq = seq;
        this.operationType = operationType;
        this.description = description;
        this.stations.addAll(stations);
        this.steps.addAll(steps);
    }

    void attachTo(Product product) {
        this.product = product;
    }

    ProductCatalog.RoutedOperation snapshot() {
        return new ProductCatalog.RoutedOperation(seq, operationType, description,
                stations.stream().map(s -> new ProductCatalog.EligibleStation(s.stationCode(), s.setupMinutes(),
                        s.minutesPerUnit())).toList(),
                steps.stream().map(s -> new ProductCatalog.StepTemplate(s.seq(), s.instruction(), s.required(),
                        s.qualityCheck())).toList());
    }
}
