package cloud.olympus.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The shared model is plain Java: the server and every client use it, whatever framework they run on. */
@AnalyzeClasses(packages = "cloud.olympus.model", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule dependsOnNeitherSpringNorJavaFx = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "javafx..", "com.sun.javafx..", "cloud.olympus.server..")
            .because("the model is shared by the server and the clients");

    @ArchTest
    static final ArchRule writesNothingToTheConsole = noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .because("a library logs through SLF4J or throws; only entry points print");
}
