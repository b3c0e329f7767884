package cloud.olympus.installers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The installers' settings: versions, names, menus, icons and what goes into each package. */
class PackagerTest {

    private static final Path INPUT = Path.of("input");
    private static final Path RESOURCES = Path.of("resources");

    @Test
    void aSnapshotInstallsUnderItsNumber() {
        assertThat(Packager.numericVersion("0.1.0-SNAPSHOT")).isEqualTo("0.1.0");
        assertThat(Packager.numericVersion("2.3")).isEqualTo("2.3");
        assertThat(Packager.numericVersion("1.2.3.4-rc1")).isEqualTo("1.2.3");
        assertThat(Packager.projectVersion()).startsWith(Packager.numericVersion(Packager.projectVersion()));
        assertThatThrownBy(() -> Packager.numericVersion("SNAPSHOT")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDebCarriesTheNameVendorVersionAndMenuEntry() {
        List<String> args = new Packager(Packager.Os.LINUX, "0.1.0-SNAPSHOT", Path.of("work"))
                .arguments(App.DESKTOP, "client-desktop-0.1.0-SNAPSHOT.jar", INPUT, RESOURCES, Path.of("i.png"), "deb", Path.of("out"));
        assertThat(String.join(" ", args)).contains("--type deb", "--name olympus-desktop", "--app-version 0.1.0",
                "--vendor Olympus", "--main-class cloud.olympus.desktop.Launcher", "--linux-menu-group Office;Finance",
                "--linux-shortcut", "--icon i.png", "--linux-package-deps libgtk-3-0");
        assertThat(args).contains(App.DESKTOP.description());
    }

    @Test
    void anAppImageHasNoPackageManagerSettings() {
        List<String> args = new Packager(Packager.Os.LINUX, "0.1.0", Path.of("work"))
                .arguments(App.WATCH, "client-watch-0.1.0.jar", INPUT, RESOURCES, Path.of("i.png"), "app-image", Path.of("out"));
        assertThat(args).contains("cloud.olympus.watch.Launcher").noneMatch(arg -> arg.startsWith("--linux-"));
    }

    @Test
    void windowsAndMacInstallersUseTheTitleAndTheirOwnIcons() {
        String msi = String.join(" ", new Packager(Packager.Os.WINDOWS, "0.1.0", Path.of("work"))
                .arguments(App.MANAGER, "m.jar", INPUT, RESOURCES, Path.of("i.ico"), "msi", Path.of("out")));
        assertThat(msi).contains("--name Olympus Manager", "--win-menu", "--win-upgrade-uuid " + App.MANAGER.upgradeUuid());
        String dmg = String.join(" ", new Packager(Packager.Os.MAC, "0.1.0", Path.of("work"))
                .arguments(App.MANAGER, "m.jar", INPUT, RESOURCES, Path.of("i.icns"), "dmg", Path.of("out")));
        assertThat(dmg).contains("--name Olympus Manager", "--mac-package-identifier cloud.olympus.manager");
        assertThat(App.all()).extracting(App::upgradeUuid).doesNotHaveDuplicates();
    }

    @Test
    void onlyTheRealJavaFxJarsGoIn() {
        Path main = Path.of("lib/client-desktop-0.1.0.jar");
        List<Path> jars = Packager.runtimeJars(new Packager.Inputs(main, List.of(main,
                Path.of("lib/javafx-base-21.0.11.jar"), Path.of("lib/javafx-base-21.0.11-linux.jar"),
                Path.of("lib/okhttp-jvm-5.5.1.jar"))));
        assertThat(jars).extracting(Path::toString)
                .containsExactly("lib/client-desktop-0.1.0.jar", "lib/javafx-base-21.0.11-linux.jar", "lib/okhttp-jvm-5.5.1.jar");
    }

    @Test
    void theMenuEntryShowsTheTitle() {
        assertThat(Packager.desktopEntry(App.MANAGER)).contains("Name=Olympus Manager\n", "Categories=Office;Finance;\n",
                "Exec=APPLICATION_LAUNCHER");
    }

    @Test
    void everyAppHasItsIconsForEverySystem() throws IOException {
        for (App app : App.all()) {
            BufferedImage png = ImageIO.read(resource("icons/" + app.id() + ".png"));
            assertThat(png.getWidth()).isEqualTo(256);
            assertThat(png.getHeight()).isEqualTo(256);
            // Opaque in the middle of the tile, see-through in its rounded corner.
            assertThat(png.getRGB(128, 128) >>> 24).isEqualTo(255);
            assertThat(png.getRGB(1, 1) >>> 24).isZero();

            ByteBuffer ico = ByteBuffer.wrap(resource("icons/" + app.id() + ".ico").readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
            assertThat(ico.getShort(2)).isEqualTo((short) 1);
            assertThat(ico.getShort(4)).isEqualTo((short) IconArt.ICO_SIZES.size());
            int offset = ico.getInt(6 + 12);
            int length = ico.getInt(6 + 8);
            BufferedImage first = ImageIO.read(new ByteArrayInputStream(ico.array(), offset, length));
            assertThat(first.getWidth()).isEqualTo(16);

            byte[] icns = resource("icons/" + app.id() + ".icns").readAllBytes();
            assertThat(new String(icns, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("icns");
            assertThat(ByteBuffer.wrap(icns).getInt(4)).isEqualTo(icns.length);
        }
    }

    @Test
    void theCommittedIconsAreTheDrawing() throws IOException {
        for (App app : App.all()) {
            BufferedImage committed = ImageIO.read(resource("icons/" + app.id() + ".png"));
            BufferedImage drawn = IconArt.draw(app, 256);
            int differing = 0;
            for (int y = 0; y < 256; y++) {
                for (int x = 0; x < 256; x++) {
                    if (committed.getRGB(x, y) != drawn.getRGB(x, y)) {
                        differing++;
                    }
                }
            }
            // Antialiasing may differ by a pixel along edges from one JDK to another, never more.
            assertThat(differing).as(app.id() + ": pixels unlike the drawing; run IconArt").isLessThan(256 * 256 / 50);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = Packager.class.getResourceAsStream(name);
        assertThat(in).as(name).isNotNull();
        return in;
    }
}
