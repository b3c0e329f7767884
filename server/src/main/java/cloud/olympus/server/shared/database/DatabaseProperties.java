package cloud.olympus.server.shared.database;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the server reaches PostgreSQL beyond the standard {@code spring.datasource.*} owner login.
 *
 * @param appPassword       password of the {@code olympus_app} login; derived from the owner login when blank
 * @param poolSize          connections the application role may hold open
 * @param embeddedPort      port of the embedded PostgreSQL; 0 picks a free one
 * @param durable           whether commits wait for the disk (the embedded database's fsync, synchronous commit and
 *                          full page writes; the application role's synchronous commit anywhere); off only for
 *                          throwaway test databases
 * @param statementTimeout  the longest any statement of the application role may run: the last line of defence
 *                          against a request that would hold a connection
 * @param connectionTimeout how long a request waits for a free connection before it is answered 503
 * @param binariesDir       where the embedded PostgreSQL's binaries are unpacked, once per version; a folder that
 *                          outlives restarts saves unpacking them at every start (the systemd unit's private
 *                          {@code /tmp} does not)
 */
@ConfigurationProperties("olympus.database")
public record DatabaseProperties(String appPassword, Integer poolSize, Integer embeddedPort, Boolean durable,
                                 Duration statementTimeout, Duration connectionTimeout, Path binariesDir) {

    public DatabaseProperties {
        appPassword = appPassword == null ? "" : appPassword;
        poolSize = poolSize == null ? 10 : poolSize;
        embeddedPort = embeddedPort == null ? 0 : embeddedPort;
        durable = durable == null || durable;
        statementTimeout = statementTimeout == null ? Duration.ofSeconds(5) : statementTimeout;
        connectionTimeout = connectionTimeout == null ? Duration.ofSeconds(5) : connectionTimeout;
        binariesDir = binariesDir == null ? PostgresBinaries.DEFAULT_FOLDER : binariesDir;
    }
}
