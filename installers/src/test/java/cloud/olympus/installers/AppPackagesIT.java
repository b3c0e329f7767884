package cloud.olympus.installers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each app's .deb (the till and console, the manager app, the watch), built as a release would
 * build it and unpacked as dpkg would install it: its launcher starts the app without a screen, and
 * the app opens on its first screen.
 */
class AppPackagesIT {

    /** The installed app without a screen: the Monocle it carries, software rendering, and a report of the first frame. */
    static final String HEADLESS = "-Dolympus.startup.report=true -Dglass.platform=Monocle -Dmonocle.platform=Headless"
            + " -Dprism.order=sw -Djava.awt.headless=true";

    /** The tools a .deb is built and unpacked with: jpackage runs dpkg-deb under fakeroot. */
    static final List<String> TOOLS = List.of("dpkg-deb", "fakeroot");

    @TempDir
    Path temp;

    static Stream<Arguments> apps() {
        return Stream.of(
                // The till opens on its login; the manager app on signing in; the watch on pairing.
                Arguments.of(App.DESKTOP, "login", List.of("--till-dir=TEMP/till", "--window")),
                Arguments.of(App.MANAGER, "signin", List.of("--data=TEMP/manager")),
                Arguments.of(App.WATCH, "pairing", List.of()));
    }

    @BeforeAll
    static void theToolsAreThere() {
        assumeTrue(Packager.Os.current() == Packager.Os.LINUX, "Debian packages are built on Linux only");
        List<String> missing = new ArrayList<>(TOOLS.stream().filter(tool -> !onPath(tool)).toList());
        if (!Files.isExecutable(Path.of(System.getProperty("java.home"), "bin", "jpackage"))) {
            missing.add("jpackage (a full JDK 17 or later, not a JRE)");
        }
        String reason = "No .deb can be built here: " + String.join(", ", missing) + " missing."
                + " jpackage builds a .deb with dpkg-deb under fakeroot: apt-get install dpkg fakeroot";
        if (!missing.isEmpty() && System.getenv("CI") != null) {
            // CI installs them (.ci/run): there the packages must be built, never quietly left out.
            fail(reason);
        }
        assumeTrue(missing.isEmpty(), reason);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apps")
    void theDebInstallsTheAppWhichOpensOnItsFirstScreen(App app, String firstScreen, List<String> options) throws Exception {
        List<Path> jars = Packager.jarsIn(Path.of("target", "dependency"));
        Path mainJar = jar(jars, app.module());
        // The class path holds the three apps: each package takes every library but the other apps.
        List<Path> libraries = jars.stream()
                .filter(jar -> App.all().stream().filter(other -> other != app).noneMatch(other -> jar.equals(jar(jars, other.module()))))
                .toList();
        String version = Packager.projectVersion();

        long start = System.nanoTime();
        // Compressed quickly (gzip, not xz): what is inside is the same as in a release's .deb.
        Path deb = new Packager(Packager.Os.LINUX, version, Path.of("target", "jpackage"),
                Map.of("DPKG_DEB_COMPRESSOR_TYPE", "gzip", "DPKG_DEB_COMPRESSOR_LEVEL", "1"))
                .build(app, new Packager.Inputs(mainJar, libraries), "deb", Path.of("target", "packages"));
        System.out.printf("Built %s in %d s%n", deb, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start));

        assertThat(field(deb, "Package")).isEqualTo(app.id());
        assertThat(field(deb, "Version")).isEqualTo(Packager.numericVersion(version) + "-1");
        assertThat(field(deb, "Maintainer")).startsWith("Olympus");
        assertThat(field(deb, "Description")).isEqualTo(app.description());
        assertThat(field(deb, "Depends")).contains("libgtk-3-0");

        Path root = temp.resolve("root");
        run("dpkg-deb", "-x", deb.toString(), root.toString());
        Path home = root.resolve("opt").resolve(app.id());
        String entry = Files.readString(home.resolve("lib/" + app.id() + "-" + app.id() + ".desktop"));
        assertThat(entry).contains("Name=" + app.title() + "\n", "Categories=Office;Finance;",
                "Exec=/opt/" + app.id() + "/bin/" + app.id(), "Icon=/opt/" + app.id() + "/lib/" + app.id() + ".png");
        BufferedImage icon = ImageIO.read(home.resolve("lib/" + app.id() + ".png").toFile());
        assertThat(icon.getWidth()).isEqualTo(256);
        try (Stream<Path> appJars = Files.list(home.resolve("lib/app"))) {
            assertThat(appJars.map(jar -> jar.getFileName().toString()))
                    .as("the other apps stay out of the package")
                    .anyMatch(jar -> jar.startsWith(app.module() + "-"))
                    .noneMatch(jar -> App.all().stream().filter(other -> other != app).anyMatch(other -> jar.startsWith(other.module() + "-")));
        }

        Path launcher = home.resolve("bin").resolve(app.id());
        assertThat(Files.isExecutable(launcher)).isTrue();
        List<String> command = new ArrayList<>(List.of(launcher.toString(), "--server=http://localhost:9", "--lang=en"));
        options.forEach(option -> command.add(option.replace("TEMP", temp.toString())));
        ProcessBuilder started = new ProcessBuilder(command).redirectErrorStream(true);
        started.environment().put("JAVA_TOOL_OPTIONS", HEADLESS);
        started.environment().put("HOME", Files.createDirectories(temp.resolve("home")).toString());
        Process running = started.start();
        List<String> output = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(running.getInputStream(), StandardCharsets.UTF_8))) {
                out.lines().forEach(output::add);
            } catch (IOException e) {
                output.add("(output lost: " + e + ")");
            }
        });
        reader.start();
        try {
            // The report shuts the app down once the first frame is on screen.
            assertThat(running.waitFor(90, TimeUnit.SECONDS)).as("the app stops after its first frame: %s", output).isTrue();
            reader.join(5_000);
            assertThat(output).as("what the app printed").contains("SHOWING " + firstScreen).anyMatch(line -> line.startsWith("READY "));
            assertThat(running.exitValue()).as("exit status; the app printed %s", output).isZero();
        } finally {
            running.destroyForcibly();
        }
    }

    /** The app's own jar among the class path's: client-mobile-0.1.0-SNAPSHOT.jar. */
    private static Path jar(List<Path> jars, String module) {
        return jars.stream().filter(jar -> jar.getFileName().toString().startsWith(module + "-"))
                .findFirst().orElseThrow(() -> new IllegalStateException("No " + module + " jar in " + jars));
    }

    private static String field(Path deb, String name) throws Exception {
        return run("dpkg-deb", "--field", deb.toString(), name).strip();
    }

    private static boolean onPath(String tool) {
        return java.util.Arrays.stream(System.getenv("PATH").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("%s: %s", String.join(" ", command), out).isZero();
        return out;
    }
}
