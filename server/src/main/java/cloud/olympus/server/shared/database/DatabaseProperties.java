package cloud.olympus.server.shared.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the server reaches PostgreSQL beyond the standard {@code spring.datasource.*} owner login.
 *
 * @param appPassword  password of the {@code olympus_app} login; derived from the owner login when blank
 * @param poolSize     connections the application role may hold open
 * @param embeddedPort port of the embedded PostgreSQL; 0 picks a free one
 */
@ConfigurationProperties("olympus.database")
public record DatabaseProperties(String appPassword, Integer poolSize, Integer embeddedPort) {

    public DatabaseProperties {
        appPassword = appPassword == null ? "" : appPassword;
        poolSize = poolSize == null ? 10 : poolSize;
        embeddedPort = embeddedPort == null ? 0 : embeddedPort;
    }
}
