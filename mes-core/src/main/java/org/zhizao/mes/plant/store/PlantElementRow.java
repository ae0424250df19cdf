package org.zhizao.mes.plant.store;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;

/** One element of the stored plant model; which columns are used depends on its kind. */
@Entity
@Table(name = "plant_element")
class PlantElementRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String code;
    String kind;
    String parentCode;
    String nameZh;
    String nameEn;
    String elementType;
    @Column(name = "position_x")
    Double positionX;
    @Column(name = "position_y")
    Double positionY;
    @Column(name = "position_z")
    Double positionZ;
    @Column(name = "size_x")
    Double sizeX;
    @Column(name = "size_y")
    Double sizeY;
    @Column(name = "size_z")
    Double sizeZ;
    String calendarCode;
    String homePath;
    Double maxSpeed;
    String manufacturer;
    String model;
    String serialNumber;
    Double ratedPowerKw;
    String opcEndpoint;
    String opcTemplate;
    String opcRootNode;

    @ElementCollection
    @CollectionTable(name = "plant_station_operation", joinColumns = @JoinColumn(name = "element_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "operation_type")
    @BatchSize(size = 100)
    List<String> operations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plant_path_waypoint", joinColumns = @JoinColumn(name = "element_id"))
    @OrderColumn(name = "ordinal")
    @BatchSize(size = 100)
    List<WaypointColumns> waypoints = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plant_maintenance_window", joinColumns = @JoinColumn(name = "element_id"))
    @OrderColumn(name = "ordinal")
    @BatchSize(size = 100)
    List<MaintenanceColumns> maintenance = new ArrayList<>();

    @Embeddable
    record WaypointColumns(double x, double y) {
    }

    @Embeddable
    record MaintenanceColumns(Instant startsAt, Instant endsAt, String reason) {
    }
}
