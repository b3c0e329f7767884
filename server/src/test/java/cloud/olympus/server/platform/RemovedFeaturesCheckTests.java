package cloud.olympus.server.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloud.olympus.server.support.ApiTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/** The check that the features taken away are gone everywhere cannot pass by seeing no business. */
class RemovedFeaturesCheckTests extends ApiTest {

    private static final String CHANGESET = "/db/changelog/platform/003-removed-features-checked.sql";

    @Autowired
    DataSource appDataSource;

    @Autowired
    @Qualifier("owner")
    DataSource ownerDataSource;

    @Test
    void aRoleThatSeesNoBusinessFailsTheCheckLoudly() throws IOException {
        openTenant("retail", "starter");
        assertThatThrownBy(() -> runAndRollBack(appDataSource, check()))
                .hasMessageContaining("sees no business through row-level security");
    }

    @Test
    void theOwnerTakesLeftOverFeaturesAwayAndPasses() throws Exception {
        var tenant = openTenant("retail", "starter");
        try (Connection owner = ownerDataSource.getConnection()) {
            owner.setAutoCommit(false);
            try (Statement sql = owner.createStatement()) {
                sql.executeUpdate("UPDATE platform.tenants SET features = features || '{\"pos\": true}' WHERE id = '" + tenant.id() + "'");
                sql.execute(check());
                try (ResultSet left = sql.executeQuery("SELECT count(*) FROM platform.tenants WHERE features -> 'pos' IS NOT NULL")) {
                    left.next();
                    assertThat(left.getLong(1)).isZero();
                }
            } finally {
                owner.rollback();
            }
        }
    }

    private static void runAndRollBack(DataSource dataSource, String check) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement sql = connection.createStatement()) {
                sql.execute(check);
            } finally {
                connection.rollback();
            }
        }
    }

    /** The changeset's statement, as Liquibase runs it: the file without its header lines. */
    private static String check() throws IOException {
        try (InputStream in = RemovedFeaturesCheckTests.class.getResourceAsStream(CHANGESET)) {
            assertThat(in).as(CHANGESET).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("--")).reduce("", (a, b) -> a + b + "\n");
        }
    }
}
