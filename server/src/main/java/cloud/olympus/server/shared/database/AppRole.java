package cloud.olympus.server.shared.database;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The role every request runs as: it owns no table, is no superuser and cannot bypass row-level
 * security. Created (or brought back to that shape) by the owner before migrations run.
 */
public final class AppRole {

    public static final String NAME = "olympus_app";

    private static final Logger log = LoggerFactory.getLogger(AppRole.class);

    private AppRole() {
    }

    /**
     * The password of the application login. Without one configured it is derived from the owner
     * login, so every server instance sharing a database derives the same one and restarts never
     * lock out instances that are still running.
     */
    static String password(DatabaseProperties properties, OwnerLogin owner) {
        if (!properties.appPassword().isBlank()) {
            return properties.appPassword();
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            String key = "olympus:" + owner.username() + ":" + owner.password();
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((NAME + "@" + owner.url()).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /**
     * The owner's JDBC URL without credentials in its query string: the driver lets those win
     * over the login the pool is given, which would quietly serve requests as the owner.
     */
    static String withoutCredentials(String url) {
        int query = url.indexOf('?');
        if (query < 0) {
            return url;
        }
        String kept = java.util.Arrays.stream(url.substring(query + 1).split("&"))
                .filter(p -> !p.isEmpty())
                .filter(p -> {
                    String name = p.split("=", 2)[0].toLowerCase(java.util.Locale.ROOT);
                    return !name.equals("user") && !name.equals("password");
                })
                .collect(java.util.stream.Collectors.joining("&"));
        return kept.isEmpty() ? url.substring(0, query) : url.substring(0, query + 1) + kept;
    }

    /** Fails start-up unless the pool really logs in as the application role, with RLS in force. */
    static void verifyConnectsAsAppRole(DataSource dataSource) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        String user = jdbc.sql("SELECT current_user").query(String.class).single();
        if (!NAME.equals(user)) {
            throw new IllegalStateException("The application pool logs in as " + user + ", not " + NAME);
        }
        Boolean bypasses = jdbc.sql("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user")
                .query(Boolean.class).single();
        if (Boolean.TRUE.equals(bypasses)) {
            throw new IllegalStateException(NAME + " bypasses row-level security");
        }
    }

    /**
     * Creates the role, or resets its attributes and password if it exists, and gives it the settings
     * every session of it runs with: a statement timeout, so no request holds a connection for long,
     * and synchronous commit as the server's durability setting says. Tells whether it created the role.
     */
    static boolean ensure(DataSource ownerDataSource, String password, DatabaseProperties properties) {
        JdbcClient jdbc = JdbcClient.create(ownerDataSource);
        boolean exists = jdbc.sql("SELECT count(*) FROM pg_roles WHERE rolname = ?")
                .param(NAME).query(Long.class).single() > 0;
        String verb = exists ? "ALTER" : "CREATE";
        String statement = jdbc.sql("SELECT format('%s ROLE %I WITH LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD %L', ?, ?, ?)")
                .param(verb).param(NAME).param(password).query(String.class).single();
        try {
            jdbc.sql(statement).update();
        } catch (RuntimeException e) {
            // The statement carries the password: say what the database said, never the statement.
            String said = NestedExceptionUtils.getMostSpecificCause(e).getMessage();
            if (!exists) {
                throw new IllegalStateException("The owner login cannot create the role " + NAME
                        + "; grant it CREATEROLE or create the role yourself (see README): " + said);
            }
            log.warn("Could not update role {} ({}); using it as it is", NAME, said);
        }
        Boolean unsafe = jdbc.sql("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = ?")
                .param(NAME).query(Boolean.class).single();
        if (Boolean.TRUE.equals(unsafe)) {
            throw new IllegalStateException("Role " + NAME + " is a superuser or bypasses row-level security; refusing to serve through it");
        }
        settle(jdbc, "statement_timeout", properties.statementTimeout().toMillis() + "ms");
        settle(jdbc, "idle_in_transaction_session_timeout", "60s");
        settle(jdbc, "synchronous_commit", properties.durable() ? "on" : "off");
        return !exists;
    }

    private static void settle(JdbcClient jdbc, String setting, String value) {
        String statement = jdbc.sql("SELECT format('ALTER ROLE %I SET %s = %L', ?, ?, ?)")
                .param(NAME).param(setting).param(value).query(String.class).single();
        try {
            jdbc.sql(statement).update();
        } catch (RuntimeException e) {
            log.warn("Could not set {} for role {} ({}); set it yourself: ALTER ROLE {} SET {} = '{}'", setting, NAME,
                    NestedExceptionUtils.getMostSpecificCause(e).getMessage(), NAME, setting, value);
        }
    }
}
