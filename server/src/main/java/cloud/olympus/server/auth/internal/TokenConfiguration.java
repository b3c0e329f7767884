package cloud.olympus.server.auth.internal;

import org.springframework.beans.factory.annotation.Value;
import java.nio.file.Path;
import java.io.IOException;
import java.time.Clock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.security.oauth2.jwt.JwtDecoder;

@Configuration(proxyBeanMethods = false)
class TokenConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TokenConfiguration.class);

    @Bean
    AdminKey adminKey(AuthProperties properties, @Value("${olympus.data-dir}") Path dataDir) throws IOException {
        AdminKey key = AdminKey.configuredOrStored(properties.adminKey(), dataDir);
        log.info("Platform admin key from {}", key.source());
        return key;
    }

    @Bean
    @DependsOn("liquibase")
    SigningKey signingKey(AuthProperties properties, @Qualifier("owner") DataSource ownerDataSource) {
        if (!properties.jwtSecret().isBlank()) {
            return SigningKey.fromConfiguredSecret(properties.jwtSecret());
        }
        SigningKey key = SigningKey.loadOrCreate(ownerDataSource);
        log.info("Access tokens signed with key {}", key.kid());
        return key;
    }

    @Bean
    AccessTokens accessTokens(SigningKey key, AuthProperties properties, Clock clock) {
        return new AccessTokens(key, properties, clock);
    }

    @Bean
    JwtDecoder jwtDecoder(AccessTokens tokens) {
        return tokens.decoder();
    }
}
