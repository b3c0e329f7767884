package cloud.olympus.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.TestOrganisation;
import cloud.olympus.server.support.TestShop;
import cloud.olympus.server.support.TestTenants;
import cloud.olympus.model.auth.Role;
import cloud.olympus.server.auth.Caller;
import cloud.olympus.server.shared.tenancy.TenantContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.JsonNode;

/** A copy of all of a business's data: every table of it, all its rows, nothing of anyone else, for owners and admins. */
class TenantExportTests extends ApiTest {

    @Autowired
    @Qualifier("owner")
    DataSource ownerDataSource;

    @Test
    void theOwnerGetsEveryTableWithAllItsRowsAndNothingOfAnotherBusiness() throws IOException {
        TestShop shop = openShop("retail");
        String socks = shop.item("SOCK-1", "9.50", 20);
        String first = shop.placed(socks, 2).get("id").asString();
        String second = shop.placed(socks, 1).get("id").asString();
        TestShop other = openShop("retail");
        String theirs = other.placed(other.item("HAT-1", "19.00", 5), 1).get("id").asString();

        HttpResponse<byte[]> answer = shop.owner().bytes("/api/v1/tenant/export");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/zip");
        Map<String, String> files = unzip(answer.body());

        JdbcClient owner = JdbcClient.create(ownerDataSource);
        List<String> tenantTables = owner.sql("""
                        SELECT DISTINCT c.table_schema || '.' || c.table_name FROM information_schema.columns c
                          JOIN pg_class k ON k.relname = c.table_name
                          JOIN pg_namespace n ON n.oid = k.relnamespace AND n.nspname = c.table_schema
                         WHERE c.column_name = 'tenant_id' AND NOT k.relispartition AND k.relkind IN ('r', 'p')
                        """).query(String.class).list();
        assertThat(tenantTables).contains("commerce.orders", "commerce.order_lines", "inventory.items", "auth.users");
        Map<String, Long> listed = new LinkedHashMap<>();
        files.get("tables.csv").lines().skip(1).forEach(l -> listed.put(l.split(",")[0], Long.parseLong(l.split(",")[1])));
        assertThat(listed.keySet()).containsAll(tenantTables);
        // Listeners (the audit trail, the sales rollups) may still be adding rows after the copy: none may be missing.
        List<String> settled = List.of("commerce.orders", "commerce.order_lines", "inventory.items", "auth.users");
        for (String table : tenantTables) {
            assertThat(files).as("every table that holds a business's rows").containsKey(table + ".csv");
            long copied = records(files.get(table + ".csv")) - 1;
            assertThat(copied).as("rows of %s as listed: %s", table, files.get(table + ".csv")).isEqualTo(listed.get(table));
            long rows = owner.sql("SELECT count(*) FROM " + table + " WHERE tenant_id = ?").param(shop.tenant().id())
                    .query(Long.class).single();
            if (settled.contains(table)) {
                assertThat(copied).as("rows of %s", table).isEqualTo(rows);
            } else {
                assertThat(copied).as("rows of %s", table).isLessThanOrEqualTo(rows);
            }
        }
        assertThat(files.get("commerce.orders.csv")).contains(first, second).doesNotContain(theirs);
        assertThat(listed).containsEntry("commerce.orders", 2L);
        assertThat(files.get("platform.tenants.csv")).contains(shop.tenant().slug());
        for (String content : files.values()) {
            assertThat(content).doesNotContain(other.tenant().id().toString()).doesNotContain(theirs);
        }
        assertThat(files.get("auth.users.csv").lines().findFirst().orElseThrow())
                .as("no secrets go out").contains("email").doesNotContain("password_hash").doesNotContain("pin_hash");

        JsonNode audited = Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> shop.owner().get("/api/v1/audit?action=tenant.exported").json().get("data"), d -> d.size() == 1);
        assertThat(audited.get(0).get("details").get("rows").get("commerce.orders").asLong()).isEqualTo(2);
    }

    @Test
    void anOrganisationsCopyHoldsEachLocationInAFolderOfItsOwn() throws IOException {
        TestOrganisation org = TestOrganisation.open(http());
        String atNorth = org.orderAtNorth();
        String atSouth = org.orderAtSouth();
        String elsewhere = TestOrganisation.open(http()).orderAtNorth();

        HttpResponse<byte[]> answer = org.owner().bytes("/api/v1/tenant/export");
        assertThat(answer.statusCode()).isEqualTo(200);
        Map<String, String> files = unzip(answer.body());
        String north = "locations/" + org.org().slug() + "-north/";
        String south = "locations/" + org.org().slug() + "-south/";

        assertThat(files.get(north + "commerce.orders.csv")).contains(atNorth).doesNotContain(atSouth);
        assertThat(files.get(south + "commerce.orders.csv")).contains(atSouth).doesNotContain(atNorth);
        assertThat(files.get(north + "inventory.items.csv")).contains("N-1").doesNotContain("S-1");
        assertThat(files.get(north + "platform.tenants.csv")).contains(org.north());
        assertThat(files.get(north + "tables.csv")).contains("commerce.orders,1\r\n");
        assertThat(files.get("commerce.orders.csv")).doesNotContain(atNorth).doesNotContain(atSouth);
        assertThat(files.get("tables.csv")).doesNotContain("locations/");
        assertThat(files.values()).noneMatch(content -> content.contains(elsewhere));
    }

    @Autowired
    TenantExport export;

    @Test
    void theCopyIsSentOnlyOnceItsSnapshotIsClosed() {
        TestShop shop = openShop("retail");
        shop.item("SOCK-1", "9.50", 20);
        List<Boolean> sentInTransaction = new ArrayList<>();
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        OutputStream download = new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                if (sentInTransaction.isEmpty()) {
                    sentInTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
                }
                sent.write(b, off, len);
            }
        };
        Caller owner = new Caller(UUID.randomUUID(), shop.tenant().id(), shop.tenant().id(), Set.of(Role.OWNER));
        Map<String, Long> counts = TenantContext.callAs(shop.tenant().id(), () -> export.write(download, owner));

        assertThat(sentInTransaction).as("no connection or snapshot is held while the client reads").containsExactly(false);
        assertThat(counts).containsEntry("inventory.items", 1L);
        assertThat(sent.size()).isPositive();
    }

    @Test
    void onlyOwnersAndAdminsMayTakeACopy() {
        TestShop shop = openShop("restaurant");
        for (String role : List.of("manager", "cashier")) {
            String token = TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), role);
            Http.Response refused = http(token).get("/api/v1/tenant/export");
            assertThat(refused.status()).as(role).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        String admin = TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), "admin");
        assertThat(http(admin).bytes("/api/v1/tenant/export").statusCode()).isEqualTo(200);
        assertThat(http().get("/api/v1/tenant/export").status()).as("nobody logged in").isEqualTo(401);
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    /** CSV records (RFC 4180): line breaks inside quotes do not end one. */
    private static long records(String csv) {
        long records = 0;
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n' && !quoted) {
                records++;
            }
        }
        return records;
    }
}
