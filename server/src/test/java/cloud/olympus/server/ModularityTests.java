package cloud.olympus.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries hold, and the module documentation is written to target/docs/modules, with
 * each module's description from its package-info Javadoc. A build never touches docs/modules: copy
 * the files there with the command in the README when modules change.
 */
class ModularityTests {

    static final Path OUTPUT = Path.of("target/docs/modules");

    /** Where spring-modulith-apt leaves the Javadoc of the main code; the Documenter reads it from there. */
    static final Path JAVADOC = Path.of("target/generated-spring-modulith/javadoc.json");

    private final ApplicationModules modules = ApplicationModules.of(OlympusServer.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentationWithTheModulesDescriptions() throws IOException {
        assertThat(JAVADOC).as("the Javadoc spring-modulith-apt extracts while Maven compiles the server"
                + " (missing after an IDE build: mvn -pl server -am clean test-compile)").exists();
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(OUTPUT.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        sortRelations();

        List<Path> canvases = files(".adoc");
        assertThat(canvases).hasSize((int) modules.stream().count());
        for (Path canvas : canvases) {
            assertThat(canvas).content().as(canvas.getFileName().toString()).contains("|Description");
        }
    }

    /**
     * The Documenter lists the relations between modules in no fixed order; sorted, a refreshed
     * docs/modules differs from the last one only where the modules did.
     */
    private static void sortRelations() throws IOException {
        for (Path diagram : files(".puml")) {
            List<String> lines = new ArrayList<>(Files.readAllLines(diagram));
            int start = 0;
            while (start < lines.size()) {
                int end = start;
                while (end < lines.size() && lines.get(end).startsWith("Rel(")) {
                    end++;
                }
                Collections.sort(lines.subList(start, end));
                start = end + 1;
            }
            Files.write(diagram, lines);
        }
    }

    private static List<Path> files(String extension) throws IOException {
        try (Stream<Path> files = Files.list(OUTPUT)) {
            return files.filter(f -> f.toString().endsWith(extension)).sorted().toList();
        }
    }
}
