package org.zhizao.mes.equipment;

import java.util.List;
import java.util.function.Consumer;

/**
 * The live changes of every connected device. Listeners are called on the ingestion thread, in order: they
 * must return at once (put the change in a queue or map), or they slow ingestion for everyone.
 */
public interface EquipmentFeed {

    /** The latest change per key, for a new client's snapshot. */
    List<ShopFloorChange> snapshot();

    void subscribe(Consumer<ShopFloorChange> listener);

    void unsubscribe(Consumer<ShopFloorChange> listener);

    /** Publishes a change computed elsewhere (e.g. KPI updates) to the same listeners. */
    void publish(ShopFloorChange change);
}
