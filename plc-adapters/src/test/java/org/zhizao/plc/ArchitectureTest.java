package org.zhizao.plc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** plc-adapters is a plain Java library: mes-core embeds it, never the other way round. */
@AnalyzeClasses(packages = "org.zhizao.plc", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule noSpringJpaOrVaadin = noClasses().should().dependOnClassesThat()
      .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "com.vaadin..");

  @ArchTest
  static final ArchRule theMappingKnowsNothingOfMilo = noClasses()
      .that().resideInAPackage("org.zhizao.plc.mapping..")
      .should().dependOnClassesThat().resideInAPackage("org.eclipse.milo..");

  @ArchTest
  static final ArchRule theAdaptersDoNotReachIntoTheSimulator = noClasses()
      .that().resideInAnyPackage("org.zhizao.plc.opcua..", "org.zhizao.plc.mapping..")
      .should().dependOnClassesThat().resideInAPackage("org.zhizao.plc.simulator..");
}
