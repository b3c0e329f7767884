package cloud.olympus.server.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.ItemBuilder;
import cloud.olympus.server.support.TestShop;
import cloud.olympus.server.support.TestTenants;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Items out as CSV and in from CSV: what a back office does with a spreadsheet. */
class ItemFileTests extends ApiTest {

    private static final String IMPORT = "/api/v1/inventory/items/import";

    @Test
    void anExportIsRfc4180WithFormulasDisarmed() {
        TestShop shop = openShop("retail");
        shop.item(ItemBuilder.item("MUG-1", "12.50").name("Mug, \"large\"").category("Kitchen").stock(7));
        shop.item(ItemBuilder.item("EVIL", "1.00").name("=HYPERLINK(\"http://x\")").stock(0));

        Http.Response export = shop.owner().get("/api/v1/inventory/items/export");
        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("text/csv");
        List<String> lines = List.of(export.body().split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("sku,name,category,unit_price,unit_cost,barcode,tax_class,min_stock,max_stock,"
                + "current_stock,active,track_stock,open_price");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(2)).startsWith("MUG-1,\"Mug, \"\"large\"\"\",Kitchen,12.50,").contains(",7,true,true,false");
        assertThat(lines.get(1)).as("sorted by name").startsWith("EVIL,\"'=HYPERLINK(\"\"http://x\"\")\",");
    }

    @Test
    void anExportedFileImportsBackChangingNothing() {
        TestShop shop = openShop("retail");
        String mug = shop.item(ItemBuilder.item("MUG-1", "12.50").name("Mug").stock(7));
        shop.item(ItemBuilder.item("DASH", "3.00").name("-20% promo").stock(0));
        String csv = shop.owner().get("/api/v1/inventory/items/export").body();

        JsonNode report = importCsv(shop.owner(), "", csv).json();
        assertThat(report.get("applied").asBoolean()).isTrue();
        assertThat(report.get("updated").asInt()).isEqualTo(2);
        assertThat(report.get("created").asInt()).isZero();
        assertThat(report.get("errors")).isEmpty();
        assertThat(shop.itemNow(mug).get("current_stock").asInt()).isEqualTo(7);
        assertThat(shop.owner().get("/api/v1/inventory/items?q=promo").json().get("data").get(0).get("name").asString())
                .isEqualTo("-20% promo");
        assertThat(shop.owner().get("/api/v1/inventory/items/export").body()).isEqualTo(csv);
    }

    @Test
    void oneBadRowAppliesNothingUnlessPartialAndADryRunNeverApplies() {
        TestShop shop = openShop("retail");
        String mug = shop.item(ItemBuilder.item("MUG-1", "12.50").name("Mug").stock(7));
        String csv = "sku,name,unit_price,current_stock\r\n"
                + "MUG-1,Mug (blue),13.00,99\r\n"
                + "TEA-1,Green tea,4.20,10\r\n"
                + "BAD-1,Bad price,1.234,0\r\n";

        JsonNode dry = importCsv(shop.owner(), "?dry_run=true", csv).json();
        assertThat(dry.get("dry_run").asBoolean()).isTrue();
        assertThat(dry.get("applied").asBoolean()).isFalse();
        assertThat(dry.get("rows").asInt()).isEqualTo(3);
        assertThat(dry.get("created").asInt()).isEqualTo(1);
        assertThat(dry.get("updated").asInt()).isEqualTo(1);
        assertThat(dry.get("errors")).hasSize(1);
        assertThat(dry.get("errors").get(0).get("row").asInt()).isEqualTo(4);
        assertThat(dry.get("errors").get(0).get("field").asString()).isEqualTo("unit_price");
        assertThat(dry.get("errors").get(0).get("problem").asString()).contains("decimals");
        assertNothingApplied(shop, mug);

        JsonNode refused = importCsv(shop.owner(), "", csv).json();
        assertThat(refused.get("applied").asBoolean()).isFalse();
        assertThat(refused.get("errors")).hasSize(1);
        assertNothingApplied(shop, mug);

        JsonNode partial = importCsv(shop.owner(), "?partial=true", csv).json();
        assertThat(partial.get("applied").asBoolean()).isTrue();
        assertThat(partial.get("created").asInt()).isEqualTo(1);
        assertThat(shop.itemNow(mug).get("name").asString()).isEqualTo("Mug (blue)");
        assertThat(shop.itemNow(mug).get("current_stock").asInt()).as("stock held is never set by a file").isEqualTo(7);
        JsonNode tea = shop.owner().get("/api/v1/inventory/items?q=TEA-1").json().get("data").get(0);
        assertThat(tea.get("current_stock").asInt()).isEqualTo(10);

        // The same file again: the tea is known now, its stock stays; nothing new is booked.
        JsonNode again = importCsv(shop.owner(), "?partial=true", csv).json();
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isEqualTo(2);
        assertThat(shop.owner().get("/api/v1/inventory/items/" + tea.get("id").asString() + "/movements").json().get("data"))
                .hasSize(1);

        JsonNode audited = Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> shop.owner().get("/api/v1/audit?action=items.imported").json().get("data"), d -> d.size() == 2);
        assertThat(audited.get(1).get("details").get("created").asInt()).isEqualTo(1);
        assertThat(audited.get(1).get("details").get("rejected").asInt()).isEqualTo(1);
    }

    @Test
    void hostileCellsAreTheirRowsProblems() {
        TestShop shop = openShop("retail");
        String csv = "sku,name,unit_price,min_stock,active\r\n"
                + "NUL-1,Nul\u0000name,1.00,0,true\r\n"
                + "HUGE-1,Huge,1e1000000,0,true\r\n"
                + "FORM-1,=cmd|' /C calc'!A0,1.00,0,true\r\n"
                + "NEG-1,Negative,1.00,-5,true\r\n"
                + "YES-1,Unsure,1.00,0,maybe\r\n"
                + "OK-1,Fine,1.00,0,true\r\n"
                + "OK-1,Twice,1.00,0,true\r\n"
                + "WIDE-1,Wide,1.00,0,true,extra\r\n"
                + ",No sku,1.00,0,true\r\n";
        Http.Response response = importCsv(shop.owner(), "?dry_run=true", csv);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode errors = response.json().get("errors");
        List<String> seen = new ArrayList<>();
        errors.forEach(e -> seen.add(e.get("row").asInt() + ":" + (e.get("field").isNull() ? "-" : e.get("field").asString())));
        assertThat(seen).containsExactly("2:name", "3:unit_price", "4:name", "5:min_stock", "6:active", "8:sku", "9:-", "10:sku");
        assertThat(errors.get(0).get("problem").asString()).contains("control characters");
        assertThat(errors.get(2).get("problem").asString()).contains("formula");
        assertThat(response.json().get("created").asInt()).isEqualTo(1);
        assertThat(shop.owner().get("/api/v1/inventory/items").json().get("data")).isEmpty();
    }

    @Test
    void aFileThatCannotBeReadIsRefusedWhole() {
        TestShop shop = openShop("retail");
        assertThat(importCsv(shop.owner(), "", "").problemType()).isEqualTo("validation-failed");
        assertThat(importCsv(shop.owner(), "", "name,unit_price\r\nMug,1.00\r\n").status()).isEqualTo(400);
        assertThat(importCsv(shop.owner(), "", "sku,colour\r\nA,red\r\n").status()).isEqualTo(400);
        assertThat(importCsv(shop.owner(), "", "sku,sku\r\nA,B\r\n").status()).isEqualTo(400);
        assertThat(importCsv(shop.owner(), "", "sku,name\r\nA,\"never closed\r\n").status()).isEqualTo(400);
        StringBuilder many = new StringBuilder("sku\r\n");
        for (int i = 0; i <= ItemImports.MAX_ROWS; i++) {
            many.append("S").append(i).append("\r\n");
        }
        Http.Response tooMany = importCsv(shop.owner(), "", many.toString());
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().get("detail").asString()).contains("5000");
        Http.Response tooBig = importCsv(shop.owner(), "", "sku,name\r\n" + "A,".repeat(600_000));
        assertThat(tooBig.status()).isEqualTo(413);
    }

    @Test
    void onlyEditorsImportAndOnlyIntoTheirOwnCatalogue() {
        TestShop mine = openShop("retail");
        TestShop theirs = openShop("retail");
        String their = theirs.item(ItemBuilder.item("SHARED-1", "9.00").name("Theirs").stock(3));
        Http cashier = http(TestTenants.addUserAndLogin(mine.owner(), mine.tenant().slug(), "cashier"));
        Http.Response refused = importCsv(cashier, "", "sku,name,unit_price\r\nSHARED-1,Mine,1.00\r\n");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(cashier.get("/api/v1/inventory/items/export").status()).isEqualTo(200);

        JsonNode report = importCsv(mine.owner(), "", "sku,name,unit_price\r\nSHARED-1,Mine,1.00\r\n").json();
        assertThat(report.get("created").asInt()).as("another business's SKU is not this one's").isEqualTo(1);
        assertThat(theirs.itemNow(their).get("name").asString()).isEqualTo("Theirs");
        assertThat(theirs.owner().get("/api/v1/inventory/items/export").body()).doesNotContain("Mine");
    }

    @Autowired
    DataSource appDataSource;

    @Test
    void aBarcodeTakenAtTheSameMomentRefusesOnlyItsRow() throws Exception {
        TestShop shop = openShop("retail");
        String csv = "sku,name,unit_price,barcode\r\n"
                + "TEA-1,Green tea,4.20,4006381333931\r\n"
                + "MUG-1,Mug,12.50,4006381333948\r\n";
        ExecutorService importer = Executors.newSingleThreadExecutor();
        Http.Response response;
        // Another till adds an item with the tea's barcode and has not committed yet: the file's check
        // cannot see it, so the database is the one to refuse the row.
        try (Connection other = appDataSource.getConnection()) {
            other.setAutoCommit(false);
            try (Statement sql = other.createStatement()) {
                sql.execute("SELECT set_config('app.tenant_id', '" + shop.tenant().id() + "', true)");
                sql.execute("INSERT INTO inventory.items (tenant_id, sku, name, unit_price, barcode) VALUES ('"
                        + shop.tenant().id() + "', 'OTHER-1', 'Other tea', 1.00, '4006381333931')");
            }
            Future<Http.Response> answer = importer.submit(() -> importCsv(shop.owner(), "?partial=true", csv));
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> answer.isDone() || JdbcClient.create(appDataSource)
                    .sql("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'").query(Long.class).single() > 0);
            assertThat(answer.isDone()).as("the file waits for the other till").isFalse();
            other.commit();
            response = answer.get(30, TimeUnit.SECONDS);
        }
        importer.shutdown();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.get("applied").asBoolean()).isTrue();
        assertThat(report.get("created").asInt()).isEqualTo(1);
        assertThat(report.get("errors")).hasSize(1);
        assertThat(report.get("errors").get(0).get("row").asInt()).isEqualTo(2);
        assertThat(report.get("errors").get(0).get("field").asString()).isEqualTo("barcode");
        assertThat(shop.owner().get("/api/v1/inventory/items?q=MUG-1").json().get("data")).hasSize(1);
        assertThat(shop.owner().get("/api/v1/inventory/items?q=TEA-1").json().get("data")).isEmpty();
    }

    private static Http.Response importCsv(Http as, String query, String csv) {
        return as.send("POST", IMPORT + query, csv, "text/csv");
    }

    private static void assertNothingApplied(TestShop shop, String mug) {
        assertThat(shop.itemNow(mug).get("name").asString()).isEqualTo("Mug");
        assertThat(shop.owner().get("/api/v1/inventory/items?q=TEA-1").json().get("data")).isEmpty();
    }
}
