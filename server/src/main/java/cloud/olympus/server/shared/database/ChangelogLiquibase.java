package cloud.olympus.server.shared.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.SpringLiquibase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Liquibase, skipped when the database already has exactly this changelog. After every update the
 * changelog's fingerprint (a SHA-256 over the name and content of every file under
 * the changelog's folder) and the number of changesets then recorded go into the comment of
 * Liquibase's own {@code databasechangelog} table. A start whose changelog has the same fingerprint,
 * on a database with the same number of recorded changesets, has nothing to apply: it skips
 * Liquibase's parsing and comparing. Any other start (a new or changed file, a database updated or
 * rolled back by other means, a new application role that still needs its grants) runs Liquibase as
 * always, and records the new fingerprint. The files named to run on every start (the grants) run
 * even when Liquibase is skipped: each holds one changeset, run as one statement.
 */
class ChangelogLiquibase extends SpringLiquibase {

    private static final String PREFIX = "olympus changelog ";
    private static final Logger log = LoggerFactory.getLogger(ChangelogLiquibase.class);

    private final String folder;
    private final boolean maySkip;
    private final List<String> everyStart;
    private boolean skipped;

    /**
     * {@code folder} holds the changelog and every file it includes, {@code master} is the changelog's
     * name in it; {@code maySkip} is false when every changeset (the grants) has to run whatever the
     * fingerprint says; {@code everyStart} names files in the folder that run on every start, skipped
     * or not.
     */
    ChangelogLiquibase(DataSource owner, String folder, String master, boolean maySkip, String... everyStart) {
        this.folder = folder.endsWith("/") ? folder : folder + "/";
        this.maySkip = maySkip;
        this.everyStart = List.of(everyStart);
        setDataSource(owner);
        setChangeLog("classpath:" + this.folder + master);
        setShouldRun(true);
    }

    /** Whether this start found the changelog already applied and left Liquibase out. */
    boolean skipped() {
        return skipped;
    }

    @Override
    public void afterPropertiesSet() throws LiquibaseException {
        String fingerprint = fingerprint();
        JdbcClient owner = JdbcClient.create(getDataSource());
        Optional<String> recorded = recorded(owner);
        if (maySkip && recorded.isPresent() && recorded.get().equals(PREFIX + fingerprint + " " + changesets(owner))) {
            log.info("Database schema up to date: the changelog is the one last applied ({})", recorded.get());
            skipped = true;
            everyStart.forEach(file -> runEveryStart(owner, file));
            return;
        }
        super.afterPropertiesSet();
        String comment = PREFIX + fingerprint + " " + changesets(owner);
        owner.sql("SELECT format('COMMENT ON TABLE public.databasechangelog IS %L', ?)").param(comment)
                .query(String.class).optional().ifPresent(statement -> owner.sql(statement).update());
    }

    /** Runs the one changeset of {@code file} as Liquibase would, outside it (it keeps no record of that). */
    private void runEveryStart(JdbcClient owner, String file) {
        Resource resource = getResourceLoader().getResource("classpath:" + folder + file);
        String text;
        try (InputStream content = resource.getInputStream()) {
            text = new String(content.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + folder + file, e);
        }
        String[] parts = text.split("(?m)^--changeset .*$");
        if (parts.length != 2) {
            throw new IllegalStateException(folder + file + " must hold exactly one changeset to run on every start");
        }
        owner.sql(parts[1].strip()).update();
        log.info("Ran {} on this start, as on every start", file);
    }

    /** What the last update recorded, if Liquibase's table exists and carries it. */
    static Optional<String> recorded(JdbcClient owner) {
        return owner.sql("SELECT obj_description(to_regclass('public.databasechangelog'), 'pg_class')")
                .query(String.class).optional().filter(comment -> comment.startsWith(PREFIX));
    }

    private static String changesets(JdbcClient owner) {
        return "changesets " + owner.sql("SELECT count(*) FROM public.databasechangelog").query(Long.class).single();
    }

    /** SHA-256 over the changelog's files, by path, each as its path and its bytes. */
    String fingerprint() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver(getResourceLoader())
                    .getResources("classpath*:" + folder + "**/*");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Resource[] readable = Arrays.stream(files).filter(Resource::isReadable)
                    .filter(file -> path(file).isPresent())
                    .sorted(Comparator.comparing(file -> path(file).orElseThrow()))
                    .toArray(Resource[]::new);
            for (Resource file : readable) {
                sha.update(path(file).orElseThrow().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                try (InputStream content = file.getInputStream()) {
                    sha.update(content.readAllBytes());
                }
                sha.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest()) + " files " + readable.length;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the database changelog", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<String> path(Resource file) {
        try {
            String url = file.getURL().toString();
            int at = url.lastIndexOf(folder);
            return at < 0 || url.endsWith("/") ? Optional.empty() : Optional.of(url.substring(at));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
