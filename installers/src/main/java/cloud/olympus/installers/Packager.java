package cloud.olympus.installers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds the installers of the Olympus apps with the JDK's jpackage: each app with its own trimmed
 * Java runtime, its icon, name, version, vendor and description, and a menu entry. On Linux a
 * {@code .deb} and an app image; the same settings give an {@code .msi} on Windows and a
 * {@code .dmg} on macOS.
 *
 * <p>From the repository root, after {@code mvn package dependency:copy-dependencies}
 * (see {@code installers/build.sh}): {@code java -cp installers/target/classes
 * cloud.olympus.installers.Packager [--dest DIR] [--type TYPE]... [APP]...}.
 */
public final class Packager {

    /** What the apps use of the JDK; JavaFX itself travels as jars next to the app. */
    static final List<String> MODULES = List.of("java.base", "java.desktop", "java.logging", "java.management",
            "java.naming", "java.net.http", "java.prefs", "java.scripting", "java.sql", "java.xml", "jdk.charsets",
            "jdk.crypto.ec", "jdk.jfr", "jdk.localedata", "jdk.unsupported", "jdk.unsupported.desktop");
    static final String VENDOR = "Olympus";
    static final String MENU_CATEGORIES = "Office;Finance";
    /** JavaFX loads GTK and OpenGL itself, so jpackage cannot see that the apps need them. */
    static final String LINUX_DEPENDENCIES = "libgtk-3-0, libgl1, libxtst6";

    private final Os os;
    private final String version;
    private final Path work;
    private final java.util.Map<String, String> environment;

    public Packager(Os os, String version, Path work) {
        this(os, version, work, java.util.Map.of());
    }

    /**
     * A packager whose jpackage runs with these environment variables on top of this process's:
     * {@code DPKG_DEB_COMPRESSOR_TYPE=gzip}, say, for a .deb that is quicker to build than the
     * default xz one.
     */
    public Packager(Os os, String version, Path work, java.util.Map<String, String> environment) {
        this.os = os;
        this.version = version;
        this.work = work;
        this.environment = java.util.Map.copyOf(environment);
    }

    /** The operating systems jpackage builds for, each building for itself only. */
    public enum Os {
        LINUX("png", "deb"), WINDOWS("ico", "msi"), MAC("icns", "dmg");

        final String iconExtension;
        final String installerType;

        Os(String iconExtension, String installerType) {
            this.iconExtension = iconExtension;
            this.installerType = installerType;
        }

        public static Os current() {
            String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            return name.startsWith("windows") ? WINDOWS : name.startsWith("mac") ? MAC : LINUX;
        }

        /** The installer this system builds: deb, msi or dmg. */
        public String installerType() {
            return installerType;
        }
    }

    /** An app's jars: the app's own and every library it runs with. */
    public record Inputs(Path mainJar, List<Path> libraries) {
    }

    /** The version the build stamped into this class's resources: 0.1.0-SNAPSHOT. */
    public static String projectVersion() {
        Properties properties = new Properties();
        try (InputStream in = Packager.class.getResourceAsStream("build.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    /**
     * The version as jpackage takes it: one to three numbers. 0.1.0-SNAPSHOT installs as 0.1.0, so a
     * release replaces the snapshot of the same number.
     */
    public static String numericVersion(String version) {
        Matcher numbers = Pattern.compile("^(\\d+(?:\\.\\d+){0,2})").matcher(version);
        if (!numbers.find()) {
            throw new IllegalArgumentException("No version number in '" + version + "'");
        }
        return numbers.group(1);
    }

    /** Builds one package of one app into {@code dest} and answers the file (or app folder) it made. */
    public Path build(App app, Inputs inputs, String type, Path dest) throws IOException, InterruptedException {
        Path appWork = work.resolve(app.id() + "-" + type);
        deleteRecursively(appWork);
        Path input = Files.createDirectories(appWork.resolve("input"));
        for (Path jar : runtimeJars(inputs)) {
            Files.copy(jar, input.resolve(jar.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
        }
        Path resources = Files.createDirectories(appWork.resolve("resources"));
        Path icon = resources.resolve(app.id() + "." + os.iconExtension);
        copyIcon(app, os.iconExtension, icon);
        Files.writeString(resources.resolve(app.id() + ".desktop"), desktopEntry(app));
        Files.createDirectories(dest);
        if (type.equals("app-image")) {
            deleteRecursively(dest.resolve(name(app)));
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", os == Os.WINDOWS ? "jpackage.exe" : "jpackage").toString());
        command.addAll(arguments(app, inputs.mainJar().getFileName().toString(), input, resources, icon, type, dest));
        Path log = appWork.resolve("jpackage.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process jpackage = builder.start();
        if (jpackage.waitFor() != 0) {
            throw new IllegalStateException("jpackage failed for " + app.id() + " (" + type + "):\n" + Files.readString(log));
        }
        try (Stream<Path> made = Files.list(dest)) {
            String name = name(app).toLowerCase(Locale.ROOT);
            return made.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).startsWith(name))
                    .filter(p -> type.equals("app-image") ? Files.isDirectory(p) : p.getFileName().toString().endsWith("." + type))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("jpackage made no " + type + " for " + app.id() + " in " + dest));
        }
    }

    /** jpackage's command line for one app: everything but the tool itself. */
    List<String> arguments(App app, String mainJar, Path input, Path resources, Path icon, String type, Path dest) {
        List<String> args = new ArrayList<>(List.of(
                "--type", type,
                "--dest", dest.toString(),
                "--name", name(app),
                "--app-version", numericVersion(version),
                "--vendor", VENDOR,
                "--description", app.description(),
                "--copyright", "Copyright Olympus",
                "--input", input.toString(),
                "--main-jar", mainJar,
                "--main-class", app.mainClass(),
                "--icon", icon.toString(),
                "--resource-dir", resources.toString(),
                "--add-modules", String.join(",", MODULES),
                "--jlink-options", "--strip-debug --no-man-pages --no-header-files"));
        if (type.equals("app-image")) {
            return args;
        }
        switch (os) {
            case LINUX -> args.addAll(List.of(
                    "--linux-package-name", app.id(),
                    "--linux-deb-maintainer", "support@olympus.example",
                    "--linux-app-category", "office",
                    "--linux-menu-group", MENU_CATEGORIES,
                    "--linux-package-deps", LINUX_DEPENDENCIES,
                    "--linux-shortcut"));
            case WINDOWS -> args.addAll(List.of(
                    "--win-menu", "--win-menu-group", VENDOR,
                    "--win-shortcut", "--win-dir-chooser",
                    "--win-upgrade-uuid", app.upgradeUuid()));
            case MAC -> args.addAll(List.of(
                    "--mac-package-identifier", "cloud.olympus." + app.id().substring("olympus-".length()),
                    "--mac-package-name", app.title()));
        }
        return args;
    }

    /** On Linux the lower-case package name (/opt/olympus-desktop); elsewhere the title people see. */
    String name(App app) {
        return os == Os.LINUX ? app.id() : app.title();
    }

    /** The menu entry: the app's title, not its package name, under Office and Finance. */
    static String desktopEntry(App app) {
        // jpackage fills in the launcher's and the icon's installed paths.
        return """
                [Desktop Entry]
                Name=%s
                GenericName=%s
                Comment=%s
                Exec=APPLICATION_LAUNCHER
                Icon=APPLICATION_ICON
                Terminal=false
                Type=Application
                Categories=%s;
                StartupWMClass=%s
                """.formatted(app.title(), app.title(), app.description(), MENU_CATEGORIES, app.mainClass().replace('.', '-'));
    }

    /**
     * The jars the app runs with. The openjfx artifacts come as an empty jar without classifier next
     * to the real one for this system (javafx-graphics-21-linux.jar): only the real one goes in.
     */
    static List<Path> runtimeJars(Inputs inputs) {
        List<Path> jars = new ArrayList<>();
        jars.add(inputs.mainJar());
        for (Path library : inputs.libraries()) {
            String file = library.getFileName().toString();
            boolean javafxStub = file.startsWith("javafx-") && inputs.libraries().stream()
                    .anyMatch(other -> !other.equals(library)
                            && other.getFileName().toString().startsWith(file.substring(0, file.length() - ".jar".length()) + "-"));
            if (!javafxStub && !library.equals(inputs.mainJar()) && file.endsWith(".jar")) {
                jars.add(library);
            }
        }
        return jars;
    }

    private static void copyIcon(App app, String extension, Path to) throws IOException {
        try (InputStream icon = Packager.class.getResourceAsStream("icons/" + app.id() + "." + extension)) {
            if (icon == null) {
                throw new IllegalStateException("No " + extension + " icon for " + app.id() + "; run IconArt");
            }
            Files.copy(icon, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The jars of a module built with {@code mvn package dependency:copy-dependencies}. */
    static Inputs moduleInputs(Path root, App app, String version) throws IOException {
        Path target = root.resolve(app.module()).resolve("target");
        Path mainJar = target.resolve(app.module() + "-" + version + ".jar");
        List<Path> libraries = new ArrayList<>(jarsIn(target.resolve("dependency")));
        // Monocle, for running the installed app without a screen (docs/deploy.md, "Desktop apps").
        jarsIn(root.resolve("installers/target/dependency")).stream()
                .filter(jar -> jar.getFileName().toString().startsWith("openjfx-monocle-"))
                .forEach(libraries::add);
        if (!Files.isRegularFile(mainJar)) {
            throw new IllegalStateException(mainJar + " is missing; build it first (installers/build.sh does)");
        }
        return new Inputs(mainJar, libraries);
    }

    static List<Path> jarsIn(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException(dir + " is missing; run mvn package dependency:copy-dependencies first");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
    }

    public static void main(String[] args) throws Exception {
        Path dest = Path.of("installers", "target", "packages");
        List<String> types = new ArrayList<>();
        List<App> apps = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--dest" -> dest = Path.of(args[++i]);
                case "--type" -> types.add(args[++i]);
                default -> apps.add(App.named(args[i]));
            }
        }
        Os os = Os.current();
        if (types.isEmpty()) {
            types = List.of("app-image", os.installerType());
        }
        if (apps.isEmpty()) {
            apps = App.all();
        }
        String version = projectVersion();
        Packager packager = new Packager(os, version, Path.of("installers", "target", "jpackage"));
        for (App app : apps) {
            Inputs inputs = moduleInputs(Path.of(""), app, version);
            for (String type : types) {
                long start = System.nanoTime();
                Path made = packager.build(app, inputs, type, dest);
                System.out.printf("%s %s: %s (%d s)%n", app.id(), type, made, (System.nanoTime() - start) / 1_000_000_000L);
            }
        }
    }
}
