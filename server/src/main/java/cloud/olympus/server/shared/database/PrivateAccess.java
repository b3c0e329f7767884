package cloud.olympus.server.shared.database;

import cloud.olympus.server.shared.files.SecretFile.Secret;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may log in to the embedded PostgreSQL: whoever knows the secret in the data folder, over
 * loopback, with SCRAM. No {@code trust} line, no Unix socket. Applied to the data folder before the
 * postmaster starts, so there is never a moment in which it listens without a password: a fresh
 * folder (which initdb made with {@code trust}) and one from an older version alike get the
 * superuser's password set in single-user mode and the access file rewritten.
 */
final class PrivateAccess {

    private static final Logger log = LoggerFactory.getLogger(PrivateAccess.class);
    static final String HEADER = "# Olympus: password (SCRAM) logins over loopback only; nothing else gets in.";
    private static final String RULES = HEADER + "\n"
            + "# TYPE  DATABASE  USER  ADDRESS       METHOD\n"
            + "host    all       all   127.0.0.1/32  scram-sha-256\n"
            + "host    all       all   ::1/128       scram-sha-256\n";

    private PrivateAccess() {
    }

    static void apply(Path pgData, Secret secret, PostgresBinaries binaries) {
        try {
            Path hba = pgData.resolve("pg_hba.conf");
            boolean current = Files.exists(hba) && Files.readString(hba, StandardCharsets.UTF_8).equals(RULES);
            if (current && !secret.created()) {
                return;
            }
            log.info("Securing the embedded PostgreSQL in {}: superuser password from the data folder's secret, "
                    + "SCRAM logins only", pgData);
            binaries.runSingleUser(pgData, List.of("ALTER ROLE postgres WITH PASSWORD '" + secret.value() + "';"),
                    List.of(secret.value()));
            Path temporary = pgData.resolve("pg_hba.conf.tmp");
            Files.writeString(temporary, RULES, StandardCharsets.UTF_8);
            Files.move(temporary, hba, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
