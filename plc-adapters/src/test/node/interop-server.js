// An OPC UA server built on node-opcua, an OPC UA stack independent of Eclipse Milo, standing in
// for a machine whose address space the MES did not design: string node ids in the vendor's own
// namespace, names of the vendor's choosing. The adapters reach it by configuration only.
//
//   node interop-server.js --port 48401 --pki /tmp/pki
//
// Prints "READY <port>" once it listens. Stops on SIGTERM or when stdin closes.
"use strict";

const path = require("path");
const {
  OPCUAServer, OPCUACertificateManager, Variant, DataType, StatusCodes,
  MessageSecurityMode, SecurityPolicy,
} = require("node-opcua");

const NAMESPACE = "urn:acme:lathe-controller";

function option(name, fallback) {
  const i = process.argv.indexOf("--" + name);
  return i > 0 ? process.argv[i + 1] : fallback;
}

async function main() {
  const port = parseInt(option("port", "48401"), 10);
  const pki = path.resolve(option("pki", path.join(__dirname, "pki")));

  const certificateManager = new OPCUACertificateManager({
    rootFolder: pki,
    automaticallyAcceptUnknownCertificate: false,
  });
  await certificateManager.initialize();

  const server = new OPCUAServer({
    port,
    resourcePath: "/acme",
    serverCertificateManager: certificateManager,
    securityPolicies: [SecurityPolicy.None, SecurityPolicy.Basic256Sha256],
    securityModes: [MessageSecurityMode.None, MessageSecurityMode.SignAndEncrypt],
    allowAnonymous: true,
    userManager: { isValidUser: (user, password) => user === "operator" && password === "lathe-7" },
    buildInfo: { productName: "ACME lathe controller (node-opcua)", manufacturerName: "ACME" },
  });
  await server.initialize();

  const addressSpace = server.engine.addressSpace;
  const ns = addressSpace.registerNamespace(NAMESPACE);
  const lathe = ns.addObject({
    organizedBy: addressSpace.rootFolder.objects, browseName: "Lathe7", nodeId: "s=Lathe7",
  });
  const status = ns.addObject({ componentOf: lathe, browseName: "Status", nodeId: "s=Lathe7.Status" });

  let parts = 1000;
  let runState = "IDLE";
  let job = "";
  let feedOverride = 100.0;

  const counter = ns.addVariable({
    componentOf: status, browseName: "PartCounter", nodeId: "s=Lathe7.Status.PartCounter",
    dataType: "UInt32", accessLevel: "CurrentRead", userAccessLevel: "CurrentRead",
  });
  const spindle = ns.addVariable({
    componentOf: status, browseName: "SpindleRpm", nodeId: "s=Lathe7.Status.SpindleRpm",
    dataType: "Double", accessLevel: "CurrentRead", userAccessLevel: "CurrentRead",
  });
  ns.addVariable({
    componentOf: status, browseName: "RunState", nodeId: "s=Lathe7.Status.RunState",
    dataType: "String", minimumSamplingInterval: 100,
    value: { get: () => new Variant({ dataType: DataType.String, value: runState }) },
  });
  ns.addVariable({
    componentOf: status, browseName: "JobName", nodeId: "s=Lathe7.Status.JobName",
    dataType: "String", minimumSamplingInterval: 100,
    value: { get: () => new Variant({ dataType: DataType.String, value: job }) },
  });
  ns.addVariable({
    componentOf: lathe, browseName: "FeedOverride", nodeId: "s=Lathe7.FeedOverride",
    dataType: "Double", minimumSamplingInterval: 100, accessLevel: "CurrentRead | CurrentWrite",
    userAccessLevel: "CurrentRead | CurrentWrite",
    value: {
      get: () => new Variant({ dataType: DataType.Double, value: feedOverride }),
      set: (variant) => {
        if (variant.value < 0 || variant.value > 150) {
          return StatusCodes.BadOutOfRange;
        }
        feedOverride = variant.value;
        return StatusCodes.Good;
      },
    },
  });

  const startJob = ns.addMethod(lathe, {
    browseName: "StartJob", nodeId: "s=Lathe7.StartJob",
    inputArguments: [
      { name: "JobName", dataType: DataType.String },
      { name: "Quantity", dataType: DataType.UInt32 },
    ],
    outputArguments: [{ name: "Accepted", dataType: DataType.Boolean }],
  });
  startJob.bindMethod((inputs, context, callback) => {
    const quantity = inputs[1].value;
    if (quantity === 0) {
      return callback(null, { statusCode: StatusCodes.BadInvalidArgument });
    }
    job = inputs[0].value;
    runState = "RUNNING";
    callback(null, {
      statusCode: StatusCodes.Good,
      outputArguments: [{ dataType: DataType.Boolean, value: true }],
    });
  });

  const tick = setInterval(() => {
    parts += 1;
    counter.setValueFromSource({ dataType: DataType.UInt32, value: parts });
    spindle.setValueFromSource({ dataType: DataType.Double, value: 1200 + (parts % 10) * 5 });
  }, 100);
  counter.setValueFromSource({ dataType: DataType.UInt32, value: parts });
  spindle.setValueFromSource({ dataType: DataType.Double, value: 1200 });

  await server.start();
  console.log("READY " + port);

  const stop = async () => {
    clearInterval(tick);
    await server.shutdown(0);
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  process.stdin.on("end", stop);
  process.stdin.resume();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
