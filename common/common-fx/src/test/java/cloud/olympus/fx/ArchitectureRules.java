package cloud.olympus.fx;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules every JavaFX client keeps, for each client's own architecture test: views only show
 * and bind (view models call the server), nothing of the server's code, and no printing to the
 * console except where a program starts.
 */
public final class ArchitectureRules {

    /** A class a program starts from: one with a {@code main} method, or a JavaFX application. */
    public static final DescribedPredicate<JavaClass> ENTRY_POINTS = new DescribedPredicate<>(
            "entry points (a main method or a JavaFX application)") {
        @Override
        public boolean test(JavaClass type) {
            return type.isAssignableTo("javafx.application.Application") || type.getMethods().stream()
                    .anyMatch(m -> m.getName().equals("main") && m.getModifiers().contains(JavaModifier.STATIC));
        }
    };

    private ArchitectureRules() {
    }

    /** Views (JavaFX nodes) never call the API client: their view models do. */
    public static ArchRule viewsDoNotCallTheServer() {
        return noClasses().that().areAssignableTo("javafx.scene.Node").should().accessClassesThat()
                .areAssignableTo("cloud.olympus.client.api.OlympusApi")
                .orShould().accessClassesThat().areAssignableTo("cloud.olympus.client.OlympusClient")
                .because("views bind to view models, which call the server off the UI thread")
                // A client with no views of its own yet (the watch) has nothing to check.
                .allowEmptyShould(true);
    }

    /** Nothing of the server's code in a client. */
    public static ArchRule nothingOfTheServer() {
        return noClasses().should().dependOnClassesThat().resideInAPackage("cloud.olympus.server..")
                .because("clients talk to the server over HTTP only");
    }

    /** Only entry points print; everything else logs through SLF4J or shows the person. */
    public static ArchRule printsOnlyFromEntryPoints() {
        return noClasses().that(DescribedPredicate.not(ENTRY_POINTS)).should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .because("only a program's entry point writes to the console; the rest logs through SLF4J")
                .allowEmptyShould(true);
    }
}
