package cloud.olympus.installers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployment files stay true to the server: every variable the example environment file
 * sets is a setting the server has, and the unit starts the jar the server build produces.
 */
class DeploymentFilesTest {

    private static final Path SERVER = Path.of("..", "server");
    private static final Set<String> SPRING_SETTINGS = Set.of(
            "spring.datasource.url", "spring.datasource.username", "spring.datasource.password",
            "logging.structured.format.console");

    @Test
    void everyVariableInTheEnvironmentFileIsAServerSetting() throws IOException {
        Set<String> known = new HashSet<>(SPRING_SETTINGS);
        flatten("", new Yaml().load(Files.readString(SERVER.resolve("src/main/resources/application.yaml"))), known);
        known.add("port");
        // The JVM's options, read by the systemd unit rather than by the server.
        known.add("java.opts");

        Matcher variable = Pattern.compile("(?m)^#?([A-Z][A-Z0-9_]+)=").matcher(Files.readString(Path.of("server/olympus.env")));
        List<String> unknown = new java.util.ArrayList<>();
        int count = 0;
        while (variable.find()) {
            count++;
            String name = variable.group(1);
            if (known.stream().noneMatch(key -> asEnvironmentVariable(key).equals(name))) {
                unknown.add(name);
            }
        }
        assertThat(count).isGreaterThan(5);
        assertThat(unknown).isEmpty();
    }

    @Test
    void theUnitStartsTheJarTheServerBuildProduces() throws IOException {
        String pom = Files.readString(SERVER.resolve("pom.xml"));
        Matcher finalName = Pattern.compile("<finalName>([^<]+)</finalName>").matcher(pom);
        Matcher classifier = Pattern.compile("<classifier>([^<]+)</classifier>").matcher(pom);
        assertThat(finalName.find()).isTrue();
        assertThat(classifier.find()).isTrue();
        String unit = Files.readString(Path.of("server/olympus-server.service"));
        assertThat(unit).contains("/" + finalName.group(1) + "-" + classifier.group(1) + ".jar")
                .contains("EnvironmentFile=/etc/olympus/olympus.env");
    }

    @Test
    void theUnitIsHardenedLimitedAndRestarts() throws IOException {
        String unit = Files.readString(Path.of("server/olympus-server.service"));
        assertThat(unit).contains("User=olympus", "NoNewPrivileges=true", "ProtectSystem=strict", "PrivateTmp=true",
                "CapabilityBoundingSet=\n", "StateDirectory=olympus", "MemoryMax=", "Restart=on-failure",
                "StartLimitBurst=", "-XX:MaxRAMPercentage=")
                // The JIT compiler writes the code it runs.
                .doesNotContain("MemoryDenyWriteExecute=true");
    }

    @Test
    void theUnitStartsWithTheCacheAndJarTheInstallScriptMakes() throws IOException {
        String unit = Files.readString(Path.of("server/olympus-server.service"));
        String install = Files.readString(Path.of("server/install.sh"));
        Matcher jar = Pattern.compile("(?m)^ExecStart=.* -jar ([^\\s']+)").matcher(unit);
        assertThat(jar.find()).isTrue();
        assertThat(install).contains("cds.sh\" " + jar.group(1) + " \"$cache\"",
                "OLYMPUS_CLASS_CACHE=$cache_option\" >/opt/olympus/java.env");
        assertThat(unit).contains("EnvironmentFile=-/opt/olympus/java.env", "cache=$$OLYMPUS_CLASS_CACHE");
    }

    @Test
    void theSystemJavaRunsTheServerUnlessAnotherIsNamed() throws IOException {
        String unit = Files.readString(Path.of("server/olympus-server.service"));
        String install = Files.readString(Path.of("server/install.sh"));
        // No Java found lying around becomes the production Java: only the one named, else the system's.
        assertThat(install).contains("java=\"${OLYMPUS_JAVA:-/usr/bin/java}\"", "--java=*)", "ln -sfn \"$java\" /opt/olympus/java")
                .doesNotContain("/usr/lib/jvm", "readlink -f");
        // A removed Java leaves a dangling link: the unit then starts the system's Java, without the cache made
        // for the other one.
        assertThat(unit).contains("if [ ! -x $$java ]; then java=/usr/bin/java cache=;", "exec $$java $$JAVA_OPTS $$cache ");
    }

    /** Spring's relaxed binding: olympus.auth.admin-key is OLYMPUS_AUTH_ADMINKEY or OLYMPUS_AUTH_ADMIN_KEY. */
    private static String asEnvironmentVariable(String key) {
        return key.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Object node, Set<String> into) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                String key = prefix.isEmpty() ? k.toString() : prefix + "." + k;
                into.add(key);
                flatten(key, v, into);
            });
        }
    }
}
