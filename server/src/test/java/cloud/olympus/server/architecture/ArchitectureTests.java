package cloud.olympus.server.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.elements.ClassesShouldConjunction;
import cloud.olympus.server.shared.domain.DomainException;

/**
 * The rules that keep the server in shape: HTTP and GraphQL stay in the web packages, the domain raises
 * its own exceptions, and nothing writes to the console.
 */
@AnalyzeClasses(packages = "cloud.olympus.server", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /** Services, repositories and events speak the domain's language, never HTTP's. */
    @ArchTest
    static final ArchRule httpStaysInTheWebPackages = noClasses().that().resideOutsideOfPackage("..web..")
            .should().dependOnClassesThat().resideInAnyPackage("cloud.olympus.server.shared.web..", "org.springframework.web..",
                    "org.springframework.http..", "jakarta.servlet..", "io.swagger..", "org.springdoc..",
                    "org.springframework.graphql..", "graphql..")
            .because("a module's web package turns requests into calls and domain exceptions into problems");

    @ArchTest
    static final ArchRule exceptionsOfTheDomainKnowNoHttp = classes().that().areAssignableTo(DomainException.class)
            .should().resideOutsideOfPackage("..web..");

    @ArchTest
    static final ArchRule nothingWritesToTheConsole = noClasses().should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("the server logs through SLF4J");
}
