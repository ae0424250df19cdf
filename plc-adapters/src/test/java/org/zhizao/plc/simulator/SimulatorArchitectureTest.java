package org.zhizao.plc.simulator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The simulated devices, plant file and routing are plain Java (docs STYLE habit 3): OPC UA lives in
 * the server package only, and the simulator never reaches into the client adapters.
 */
@AnalyzeClasses(packages = "org.zhizao.plc.simulator", importOptions = ImportOption.DoNotIncludeTests.class)
class SimulatorArchitectureTest {

  @ArchTest
  static final ArchRule theDeviceModelsKnowNothingOfOpcUa =
      noClasses()
          .that().resideInAnyPackage(
              "org.zhizao.plc.simulator.device..", "org.zhizao.plc.simulator.plant..",
              "org.zhizao.plc.simulator.route..")
          .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.milo..", "org.zhizao.plc.simulator.server..");

  @ArchTest
  static final ArchRule theSimulatorDoesNotUseTheClientAdapters =
      noClasses()
          .that().resideInAPackage("org.zhizao.plc.simulator..")
          .should().dependOnClassesThat().resideInAnyPackage("org.zhizao.plc.opcua..", "org.zhizao.plc.mapping..");
}
