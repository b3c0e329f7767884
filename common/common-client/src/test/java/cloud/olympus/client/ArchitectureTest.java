package cloud.olympus.client;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The API client works for any client, with or without a screen: no JavaFX, nothing of the server's. */
@AnalyzeClasses(packages = "cloud.olympus.client", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noJavaFx = noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..")
            .because("common-client is used by clients that are not JavaFX apps, and by the server's tests");

    @ArchTest
    static final ArchRule nothingOfTheServer = noClasses().should().dependOnClassesThat().resideInAPackage("cloud.olympus.server..")
            .because("clients talk to the server over HTTP only");

    @ArchTest
    static final ArchRule writesNothingToTheConsole = noClasses().should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("a library logs through SLF4J or throws; only entry points print");
}
