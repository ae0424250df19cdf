package org.zhizao.plc.simulator.server;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.ubyte;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.milo.opcua.sdk.core.Reference;
import org.eclipse.milo.opcua.sdk.server.ManagedNamespaceWithLifecycle;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.sdk.server.items.EventItem;
import org.eclipse.milo.opcua.sdk.server.items.MonitoredItem;
import org.eclipse.milo.opcua.sdk.server.nodes.UaFolderNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaObjectNode;
import org.eclipse.milo.opcua.sdk.server.util.SubscriptionModel;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.zhizao.plc.simulator.device.Agv;
import org.zhizao.plc.simulator.device.CncMachineTool;
import org.zhizao.plc.simulator.device.EnergyMeter;
import org.zhizao.plc.simulator.device.PackMlStation;
import org.zhizao.plc.simulator.device.PlantModel;
import org.zhizao.plc.simulator.device.Robot;
import org.zhizao.plc.simulator.device.SimulatedDevice;

/**
 * The simulator's namespace {@code urn:zhizao:plant-simulator}: a folder per plant level (park,
 * factory, workshop, line, station) under Objects, and under each station its devices, each laid out
 * by its template.
 */
final class PlantNamespace extends ManagedNamespaceWithLifecycle {

  private final PlantModel model;
  private final SubscriptionModel subscriptionModel;
  private final Map<String, UaNode> folders = new HashMap<>();
  private final List<DeviceNodes> deviceNodes = new ArrayList<>();
  private AlarmEvents alarmEvents;

  PlantNamespace(OpcUaServer server, String namespaceUri, PlantModel model) {
    super(server, namespaceUri);
    this.model = model;
    this.subscriptionModel = new SubscriptionModel(server, this);
    getLifecycleManager().addLifecycle(subscriptionModel);
    getLifecycleManager().addStartupTask(this::createNodes);
  }

  private void createNodes() {
    int ns = getNamespaceIndex().intValue();
    alarmEvents = new AlarmEvents(getServer(), ns);
    synchronized (model.lock()) {
      for (SimulatedDevice device : model.devices()) {
        DeviceNodes nodes = new DeviceNodes(device);
        DeviceNodeBuilder b = new DeviceNodeBuilder(getNodeContext(), ns, nodes, model.lock());
        String id = device.rootNodeId();
        String browseName = id.substring(id.lastIndexOf('/') + 1);
        UaObjectNode root = b.root(folder(parentOf(id)), id, browseName, device.code());
        Runnable publish = () -> nodes.publish(false);
        if (device instanceof CncMachineTool cnc) {
          CncMachineToolNodes.add(b, root, cnc, ns, publish);
        } else if (device instanceof Robot robot) {
          RobotNodes.add(b, root, robot, ns);
        } else if (device instanceof PackMlStation station) {
          PackMlStationNodes.add(b, root, station, ns, publish);
        } else if (device instanceof EnergyMeter) {
          EnergyMeterNodes.add(b, root);
        } else if (device instanceof Agv agv) {
          AgvNodes.add(b, root, agv, ns, publish);
        }
        CommonNodes.simulation(b, root, publish);
        root.setEventNotifier(ubyte(1)); // SubscribeToEvents
        nodes.fireAlarms(alarmEvents, root.getNodeId());
        nodes.publish(true);
        deviceNodes.add(nodes);
      }
    }
  }

  /** The folder with this string id, created with its ancestors under Objects when missing. */
  private UaNode folder(String id) {
    UaNode existing = folders.get(id);
    if (existing != null) {
      return existing;
    }
    String name = id.substring(id.lastIndexOf('/') + 1);
    UaFolderNode folder =
        new UaFolderNode(
            getNodeContext(),
            new NodeId(getNamespaceIndex(), id),
            new QualifiedName(getNamespaceIndex(), name),
            LocalizedText.english(name));
    folder.setEventNotifier(ubyte(1)); // notifies the alarm events of the devices below
    getNodeManager().addNode(folder);
    NodeId parent = id.contains("/") ? folder(parentOf(id)).getNodeId() : NodeIds.ObjectsFolder;
    folder.addReference(new Reference(folder.getNodeId(), NodeIds.Organizes, parent.expanded(), false));
    folders.put(id, folder);
    return folder;
  }

  private static String parentOf(String id) {
    int slash = id.lastIndexOf('/');
    return slash < 0 ? "Devices" : id.substring(0, slash);
  }

  /** Brings every device's nodes up to date; call with the plant model's lock held. */
  void publish() {
    for (DeviceNodes nodes : deviceNodes) {
      nodes.publish(false);
    }
  }

  /** Number of variables that follow the devices. */
  int variableCount() {
    return deviceNodes.stream().mapToInt(DeviceNodes::size).sum();
  }

  @Override
  public void onDataItemsCreated(List<DataItem> dataItems) {
    subscriptionModel.onDataItemsCreated(dataItems);
  }

  @Override
  public void onDataItemsModified(List<DataItem> dataItems) {
    subscriptionModel.onDataItemsModified(dataItems);
  }

  @Override
  public void onDataItemsDeleted(List<DataItem> dataItems) {
    subscriptionModel.onDataItemsDeleted(dataItems);
  }

  @Override
  public void onEventItemsCreated(List<EventItem> eventItems) {
    eventItems.stream().filter(EventItem::isSamplingEnabled).forEach(alarmEvents::subscribe);
  }

  @Override
  public void onEventItemsModified(List<EventItem> eventItems) {
    for (EventItem item : eventItems) {
      if (item.isSamplingEnabled()) {
        alarmEvents.subscribe(item);
      } else {
        alarmEvents.unsubscribe(item);
      }
    }
  }

  @Override
  public void onEventItemsDeleted(List<EventItem> eventItems) {
    eventItems.forEach(alarmEvents::unsubscribe);
  }

  @Override
  public void onMonitoringModeChanged(List<MonitoredItem> monitoredItems) {
    subscriptionModel.onMonitoringModeChanged(monitoredItems);
  }
}
