// An independent OPC UA client (node-opcua) that browses, reads and subscribes to the plant
// simulator. Used by SimulatorNodeOpcuaClientTest; prints one line per finding:
//   BROWSE <node path> <child,child,...>
//   READ <relative path> <status> <value>
//   CHANGE <relative path> <value>
//   DONE
// Usage: node simulator-client.js <endpointUrl> <device root id> <subscribe seconds>
"use strict";
const {
  OPCUAClient, MessageSecurityMode, SecurityPolicy, AttributeIds, TimestampsToReturn,
  ClientSubscription, ClientMonitoredItem,
} = require("node-opcua");

const [endpointUrl, deviceId, seconds] = process.argv.slice(2);
const NAMESPACE = "urn:zhizao:plant-simulator";

async function main() {
  const client = OPCUAClient.create({
    applicationName: "zhizao-simulator-interop-client",
    endpointMustExist: true,
    securityMode: MessageSecurityMode.None,
    securityPolicy: SecurityPolicy.None,
    connectionStrategy: { maxRetry: 3, initialDelay: 500, maxDelay: 2000 },
  });
  await client.connect(endpointUrl);
  const session = await client.createSession();
  const namespaces = await session.readNamespaceArray();
  const ns = namespaces.indexOf(NAMESPACE);
  if (ns < 0) throw new Error("namespace " + NAMESPACE + " not served");
  const id = (s) => `ns=${ns};s=${s}`;

  // browse from Objects down the plant folders to the device, by browse name
  let node = "ns=0;i=85";
  const path = ["Objects", ...deviceId.split("/")];
  for (let i = 1; i < path.length; i++) {
    const result = await session.browse(node);
    const names = result.references.map((r) => r.browseName.name);
    console.log(`BROWSE ${path.slice(0, i).join("/")} ${names.join(",")}`);
    const next = result.references.find((r) => r.browseName.name === path[i]);
    if (!next) throw new Error(`${path[i]} not found under ${path.slice(0, i).join("/")}`);
    node = next.nodeId.toString();
  }
  const device = await session.browse(node);
  console.log(`BROWSE ${path.join("/")} ${device.references.map((r) => r.browseName.name).join(",")}`);

  const reads = [
    "Identification/SerialNumber",
    "MachineryItemState/CurrentState",
    "Controllers/Controller/ParameterSet/CycleCounter",
    "Monitoring/ActivePower",
    "Monitoring/ActivePower/EngineeringUnits",
  ];
  for (const rel of reads) {
    const dv = await session.read({ nodeId: id(`${deviceId}/${rel}`), attributeId: AttributeIds.Value });
    const v = dv.value.value;
    const text = v && v.text !== undefined ? v.text : v && v.displayName ? v.displayName.text : v;
    console.log(`READ ${rel} ${dv.statusCode.name} ${text}`);
  }

  const subscription = ClientSubscription.create(session, {
    requestedPublishingInterval: 100, requestedLifetimeCount: 600, requestedMaxKeepAliveCount: 20,
    maxNotificationsPerPublish: 1000, publishingEnabled: true, priority: 10,
  });
  for (const rel of ["Controllers/Controller/ParameterSet/CycleCounter", "Monitoring/ActivePower"]) {
    const item = ClientMonitoredItem.create(
      subscription,
      { nodeId: id(`${deviceId}/${rel}`), attributeId: AttributeIds.Value },
      { samplingInterval: 100, discardOldest: true, queueSize: 10 },
      TimestampsToReturn.Both);
    item.on("changed", (dv) => console.log(`CHANGE ${rel} ${dv.value.value}`));
  }
  await new Promise((resolve) => setTimeout(resolve, Number(seconds) * 1000));
  await subscription.terminate();
  await session.close();
  await client.disconnect();
  console.log("DONE");
}

main().catch((err) => {
  console.error("FAILED " + (err && err.message ? err.message : err));
  process.exit(1);
});
