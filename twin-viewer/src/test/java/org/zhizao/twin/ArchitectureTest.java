package org.zhizao.twin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.zhizao.twin", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The scene model is tested without the toolkit, so it must not need it. */
    @ArchTest
    static final ArchRule sceneModelIsPlainJava = noClasses().that().resideInAPackage("..twin.scene..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.net.http..", "com.fasterxml..",
                    "..twin.client..", "..twin.view..");

    /** The viewer talks to mes-core over HTTP only. */
    @ArchTest
    static final ArchRule noMesCoreClasses = noClasses().should().dependOnClassesThat()
            .resideInAPackage("org.zhizao.mes..");

    @ArchTest
    static final ArchRule clientKnowsNoJavaFx = noClasses().that().resideInAPackage("..twin.client..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");
}
