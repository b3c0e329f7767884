package cloud.olympus.installers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desktop app's .deb, built as a release would build it, unpacked as dpkg would install it:
 * its launcher starts the app, which opens on the login screen.
 */
class DesktopPackageIT {

    /** The installed app without a screen: the Monocle it carries, software rendering, and a report of the first frame. */
    static final String HEADLESS = "-Dolympus.startup.report=true -Dglass.platform=Monocle -Dmonocle.platform=Headless"
            + " -Dprism.order=sw -Djava.awt.headless=true";

    @TempDir
    Path temp;

    @Test
    void theDebInstallsTheAppWhichOpensOnTheLoginScreen() throws Exception {
        assumeTrue(Packager.Os.current() == Packager.Os.LINUX, "Debian packages are built on Linux");
        // CI installs both (.ci/run); elsewhere the test says what is missing and steps aside.
        assumeTrue(onPath("dpkg-deb") && onPath("fakeroot"), "jpackage builds a .deb with dpkg-deb and fakeroot: apt-get install fakeroot");
        List<Path> jars = Packager.jarsIn(Path.of("target", "dependency"));
        Path mainJar = jars.stream().filter(jar -> jar.getFileName().toString().startsWith("client-desktop-"))
                .findFirst().orElseThrow();
        String version = Packager.projectVersion();

        long start = System.nanoTime();
        // Compressed quickly (gzip, not xz): what is inside is the same as in a release's .deb.
        Path deb = new Packager(Packager.Os.LINUX, version, Path.of("target", "jpackage"),
                java.util.Map.of("DPKG_DEB_COMPRESSOR_TYPE", "gzip", "DPKG_DEB_COMPRESSOR_LEVEL", "1"))
                .build(App.DESKTOP, new Packager.Inputs(mainJar, jars), "deb", Path.of("target", "packages"));
        System.out.printf("Built %s in %d s%n", deb, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start));

        assertThat(field(deb, "Package")).isEqualTo("olympus-desktop");
        assertThat(field(deb, "Version")).isEqualTo(Packager.numericVersion(version) + "-1");
        assertThat(field(deb, "Maintainer")).startsWith("Olympus");
        assertThat(field(deb, "Description")).isEqualTo(App.DESKTOP.description());
        assertThat(field(deb, "Depends")).contains("libgtk-3-0");

        Path root = temp.resolve("root");
        run("dpkg-deb", "-x", deb.toString(), root.toString());
        Path home = root.resolve("opt/olympus-desktop");
        String entry = Files.readString(home.resolve("lib/olympus-desktop-olympus-desktop.desktop"));
        assertThat(entry).contains("Name=Olympus\n", "Categories=Office;Finance;",
                "Exec=/opt/olympus-desktop/bin/olympus-desktop", "Icon=/opt/olympus-desktop/lib/olympus-desktop.png");
        BufferedImage icon = ImageIO.read(home.resolve("lib/olympus-desktop.png").toFile());
        assertThat(icon.getWidth()).isEqualTo(256);

        Path launcher = home.resolve("bin/olympus-desktop");
        assertThat(Files.isExecutable(launcher)).isTrue();
        ProcessBuilder app = new ProcessBuilder(launcher.toString(), "--server=http://localhost:9",
                "--till-dir=" + temp.resolve("till"), "--lang=en", "--window").redirectErrorStream(true);
        app.environment().put("JAVA_TOOL_OPTIONS", HEADLESS);
        app.environment().put("HOME", Files.createDirectories(temp.resolve("home")).toString());
        Process running = app.start();
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
            assertThat(output).as("what the app printed").contains("SHOWING login").anyMatch(line -> line.startsWith("READY "));
            assertThat(running.exitValue()).as("exit status; the app printed %s", output).isZero();
        } finally {
            running.destroyForcibly();
        }
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
