package cloud.olympus.server.reports;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.commerce.web.CashController.CloseRequest;
import cloud.olympus.server.commerce.web.CashController.MoveRequest;
import cloud.olympus.server.commerce.web.CashController.OpenRequest;
import cloud.olympus.server.commerce.web.OrderController.RefundRequest;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.ItemBuilder;
import cloud.olympus.server.support.SaleBuilder;
import cloud.olympus.server.support.TestShop;
import cloud.olympus.server.support.TestTenants;
import cloud.olympus.server.workforce.WorkforceRows;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import tools.jackson.databind.JsonNode;

/**
 * The Z report, the sales report and the timesheet report on a day made up here: three sales on one
 * till (a cup at 10.00, 8.25 % tax), a cash refund, a pay-out and a short count.
 */
class ReportTests extends ApiTest {

    @Autowired
    @Qualifier("owner")
    DataSource ownerDataSource;

    @Test
    void theZReportAddsUpTheDayAndShowsEachDrawerExpectedAgainstCounted() {
        TestShop shop = openShop("retail");
        String cup = shop.item("CUP", "10.00", 50);
        TestShop.Till till = shop.till("Front till");
        Http owner = shop.owner();
        UUID terminal = till.id();
        String drawer = till.at(owner).post("/api/v1/cash/drawers", new OpenRequest(terminal, new BigDecimal("100.00"), null))
                .json().get("id").asString();

        JsonNode cashSale = sell(owner, SaleBuilder.sale(UUID.randomUUID(), terminal, Instant.now()).line(cup, 2, "10.00")
                .amounts("20.00", "1.65", "21.65").tender("cash", "21.65"));
        sell(owner, SaleBuilder.sale(UUID.randomUUID(), terminal, Instant.now()).line(cup, 1, "10.00")
                .amounts("10.00", "0.83", "10.83").tender("card", "10.83", "1.00"));
        sell(owner, SaleBuilder.sale(UUID.randomUUID(), terminal, Instant.now()).line(cup, 1, "10.00")
                .amounts("10.00", "0.66", "8.66").discount("fixed", "2.00", "friend").tender("cash", "10.00"));
        assertThat(owner.withHeader("Idempotency-Key", UUID.randomUUID().toString()).post("/api/v1/orders/"
                + cashSale.get("id").asString() + "/refunds", new RefundRequest(new BigDecimal("5.00"), null, "chipped", null,
                null, null, null, terminal)).status()).isEqualTo(201);
        till.at(owner).post("/api/v1/cash/drawers/" + drawer + "/movements", new MoveRequest("pay_out", new BigDecimal("12.50"),
                "milk"));
        till.at(owner).post("/api/v1/cash/drawers/" + drawer + "/close", new CloseRequest(new BigDecimal("110.00"), null, null));
        String day = cashSale.get("business_date").asString();

        Http manager = http(TestTenants.addUserAndLogin(owner, shop.tenant().slug(), "manager"));
        String path = "/api/v1/reports/z?date=" + day + "&location_id=" + shop.tenant().id();
        JsonNode z = Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> manager.get(path).json(), r -> r.get("orders").asLong() == 3
                        && r.get("refunds").decimalValue().compareTo(new BigDecimal("5.00")) == 0);
        assertThat(z.get("business_date").asString()).isEqualTo(day);
        assertThat(z.get("sales").decimalValue()).as("41.14 less the refund").isEqualByComparingTo("36.14");
        assertThat(z.get("items").asLong()).isEqualTo(4);
        assertThat(z.get("subtotal").decimalValue()).isEqualByComparingTo("40.00");
        assertThat(z.get("discounts").decimalValue()).isEqualByComparingTo("2.00");
        assertThat(z.get("tax").decimalValue()).isEqualByComparingTo("3.14");
        assertThat(z.get("tips").decimalValue()).isEqualByComparingTo("1.00");
        assertThat(z.get("total").decimalValue()).isEqualByComparingTo("41.14");
        JsonNode tenders = z.get("tenders");
        assertThat(tenders).hasSize(2);
        assertThat(tenders.get(0).get("method").asString()).isEqualTo("cash");
        assertThat(tenders.get(0).get("amount").decimalValue()).as("21.65 + 8.66 − 5.00").isEqualByComparingTo("25.31");
        assertThat(tenders.get(0).get("payments").asLong()).isEqualTo(2);
        assertThat(tenders.get(1).get("method").asString()).isEqualTo("card");
        assertThat(tenders.get(1).get("amount").decimalValue()).isEqualByComparingTo("10.83");
        JsonNode drawers = z.get("drawers");
        assertThat(drawers).hasSize(1);
        assertThat(drawers.get(0).get("terminal_name").asString()).isEqualTo("Front till");
        assertThat(drawers.get(0).get("cash_sales").decimalValue()).isEqualByComparingTo("30.31");
        assertThat(drawers.get(0).get("expected").decimalValue()).as("100 + 30.31 − 5 − 12.50").isEqualByComparingTo("112.81");
        assertThat(drawers.get(0).get("counted").decimalValue()).isEqualByComparingTo("110.00");
        assertThat(drawers.get(0).get("variance").decimalValue()).isEqualByComparingTo("-2.81");
        assertThat(z.get("drawer_totals").get("variance").decimalValue()).isEqualByComparingTo("-2.81");
        assertThat(z.get("drawer_totals").get("open").asInt()).isZero();

        JsonNode sales = manager.get("/api/v1/reports/sales?from=" + day + "&to=" + day).json();
        assertThat(sales.get("totals").get("orders").asLong()).isEqualTo(3);
        assertThat(sales.get("totals").get("revenue").decimalValue()).isEqualByComparingTo("36.14");
        assertThat(sales.get("days")).hasSize(1);
        assertThat(sales.get("days").get(0).get("date").asString()).isEqualTo(day);
        assertThat(sales.get("items")).hasSize(1);
        assertThat(sales.get("items").get(0).get("id").asString()).isEqualTo(cup);
        assertThat(sales.get("items").get(0).get("quantity").asLong()).isEqualTo(4);
        assertThat(sales.get("tenders")).hasSize(2);
        LocalDate before = LocalDate.parse(day).minusDays(1);
        JsonNode quiet = manager.get("/api/v1/reports/sales?from=" + before + "&to=" + before).json();
        assertThat(quiet.get("totals").get("orders").asLong()).as("nothing the day before").isZero();
        assertThat(manager.get("/api/v1/reports/z?date=" + before).json().get("drawers")).isEmpty();
    }

    @Test
    void theZReportSplitsTaxByClassAndRefundsByTender() {
        TestShop shop = openShop("retail");
        String cup = shop.item("CUP", "10.00", 50);
        String book = shop.item(ItemBuilder.item("BOOK", "5.00").name("Paperback").taxClass("reduced").stock(20));
        Http owner = shop.owner();
        UUID terminal = shop.till("Front till").id();
        // Standard 8.25 %: 20.00 → 1.65, 10.00 → 0.83. Reduced 4 %: 15.00 → 0.60, 5.00 → 0.20.
        JsonNode cashSale = sell(owner, SaleBuilder.sale(UUID.randomUUID(), terminal, Instant.now()).line(cup, 2, "10.00")
                .line(book, 3, "5.00").amounts("35.00", "2.25", "37.25").tender("cash", "37.25"));
        JsonNode cardSale = sell(owner, SaleBuilder.sale(UUID.randomUUID(), terminal, Instant.now()).line(cup, 1, "10.00")
                .line(book, 1, "5.00").amounts("15.00", "1.03", "16.03").tender("card", "16.03"));
        refund(owner, cashSale, "4.00", terminal);
        refund(owner, cashSale, "1.50", terminal);
        refund(owner, cardSale, "6.00", terminal);
        String day = cashSale.get("business_date").asString();

        JsonNode z = Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> owner.get("/api/v1/reports/z?date=" + day).json(), r -> r.get("orders").asLong() == 2
                        && r.get("refunds").decimalValue().compareTo(new BigDecimal("11.50")) == 0);
        assertThat(z.get("tax").decimalValue()).isEqualByComparingTo("3.28");
        JsonNode taxes = z.get("taxes");
        assertThat(taxes).hasSize(2);
        assertThat(taxes.get(0).get("tax_class").asString()).isEqualTo("reduced");
        assertThat(taxes.get(0).get("rate").decimalValue()).isEqualByComparingTo("0.04");
        assertThat(taxes.get(0).get("taxable").decimalValue()).isEqualByComparingTo("20.00");
        assertThat(taxes.get(0).get("tax").decimalValue()).isEqualByComparingTo("0.80");
        assertThat(taxes.get(1).get("tax_class").asString()).isEqualTo("standard");
        assertThat(taxes.get(1).get("rate").decimalValue()).isEqualByComparingTo("0.0825");
        assertThat(taxes.get(1).get("taxable").decimalValue()).isEqualByComparingTo("30.00");
        assertThat(taxes.get(1).get("tax").decimalValue()).as("1.65 + 0.83").isEqualByComparingTo("2.48");
        JsonNode refunds = z.get("tender_refunds");
        assertThat(refunds).hasSize(2);
        assertThat(refunds.get(0).get("method").asString()).isEqualTo("card");
        assertThat(refunds.get(0).get("amount").decimalValue()).isEqualByComparingTo("6.00");
        assertThat(refunds.get(0).get("refunds").asLong()).isEqualTo(1);
        assertThat(refunds.get(1).get("method").asString()).isEqualTo("cash");
        assertThat(refunds.get(1).get("amount").decimalValue()).as("4.00 + 1.50").isEqualByComparingTo("5.50");
        assertThat(refunds.get(1).get("refunds").asLong()).isEqualTo(2);

        LocalDate before = LocalDate.parse(day).minusDays(1);
        JsonNode quiet = owner.get("/api/v1/reports/z?date=" + before).json();
        assertThat(quiet.get("taxes")).isEmpty();
        assertThat(quiet.get("tender_refunds")).isEmpty();
    }

    @Test
    void theDrawerTotalsAddUpTheCountedDrawersAndShowTheOpenOnesApart() {
        TestShop shop = openShop("retail");
        String cup = shop.item("CUP", "10.00", 50);
        Http owner = shop.owner();
        TestShop.Till counterTill = shop.till("Counter");
        TestShop.Till openTill = shop.till("Open");
        UUID counter = counterTill.id();
        String counted = counterTill.at(owner).post("/api/v1/cash/drawers", new OpenRequest(counter, new BigDecimal("100.00"),
                null)).json().get("id").asString();
        openTill.at(owner).post("/api/v1/cash/drawers", new OpenRequest(openTill.id(), new BigDecimal("50.00"), null));
        JsonNode sale = sell(owner, SaleBuilder.sale(UUID.randomUUID(), counter, Instant.now()).line(cup, 1, "10.00")
                .amounts("10.00", "0.83", "10.83").tender("cash", "10.83"));
        counterTill.at(owner).post("/api/v1/cash/drawers/" + counted + "/close", new CloseRequest(new BigDecimal("90.00"), null,
                null));

        JsonNode z = owner.get("/api/v1/reports/z?date=" + sale.get("business_date").asString()).json();
        assertThat(z.get("drawers")).hasSize(2);
        JsonNode totals = z.get("drawer_totals");
        assertThat(totals.get("expected").decimalValue()).as("the counted drawer only: 100 + 10.83").isEqualByComparingTo("110.83");
        assertThat(totals.get("counted").decimalValue()).isEqualByComparingTo("90.00");
        assertThat(totals.get("variance").decimalValue()).as("counted less expected").isEqualByComparingTo("-20.83");
        assertThat(totals.get("open").asInt()).isEqualTo(1);
        assertThat(totals.get("open_expected").decimalValue()).isEqualByComparingTo("50.00");
    }

    @Test
    void theTimesheetReportCountsHoursBreaksAndLabourCostPerPerson() {
        TestShop shop = openShop("restaurant");
        Http owner = shop.owner();
        Http server = http(TestTenants.addUserAndLogin(owner, shop.tenant().slug(), "server"));
        UUID user = UUID.fromString(server.get("/api/v1/users/me").json().get("id").asString());
        WorkforceRows rows = WorkforceRows.of(ownerDataSource, shop.tenant().id());
        UUID staff = rows.staff(user, "20.00");
        UUID entry = rows.timeEntry(staff, Instant.parse("2025-03-04T09:00:00Z"), Instant.parse("2025-03-04T17:00:00Z"));
        rows.pause(entry, Instant.parse("2025-03-04T12:00:00Z"), Instant.parse("2025-03-04T12:30:00Z"));
        rows.timeEntry(staff, Instant.parse("2025-03-06T10:00:00Z"), Instant.parse("2025-03-06T14:00:00Z"));
        rows.timeEntry(staff, Instant.parse("2025-03-20T10:00:00Z"), Instant.parse("2025-03-20T14:00:00Z"));

        Http.Response report = owner.get("/api/v1/reports/timesheets?from=2025-03-03&to=2025-03-09");
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        JsonNode lines = report.json().get("lines");
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).get("staff_id").asString()).isEqualTo(staff.toString());
        assertThat(lines.get(0).get("regular_hours").decimalValue()).as("7.5 + 4, not the 20th").isEqualByComparingTo("11.50");
        assertThat(lines.get(0).get("break_hours").decimalValue()).isEqualByComparingTo("0.50");
        assertThat(lines.get(0).get("gross_pay").decimalValue()).isEqualByComparingTo("230.00");
        assertThat(lines.get(0).get("entries").asInt()).isEqualTo(2);
        assertThat(report.json().get("total_gross_pay").decimalValue()).isEqualByComparingTo("230.00");
    }

    @Test
    void reportsAreForManagersOfTheirOwnBusinessAndRefuseNonsense() {
        TestShop shop = openShop("retail");
        TestShop other = openShop("retail");
        String today = LocalDate.now().toString();
        assertThat(other.owner().get("/api/v1/reports/z?date=" + today + "&location_id=" + shop.tenant().id()).status())
                .isEqualTo(404);
        assertThat(other.owner().get("/api/v1/reports/sales?from=" + today + "&to=" + today + "&location_id="
                + shop.tenant().id()).status()).isEqualTo(404);
        assertThat(other.owner().get("/api/v1/reports/timesheets?from=" + today + "&to=" + today + "&location_id="
                + shop.tenant().id()).status()).isEqualTo(404);
        Http cashier = http(TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), "cashier"));
        assertThat(cashier.get("/api/v1/reports/z?date=" + today).status()).isEqualTo(403);
        assertThat(cashier.get("/api/v1/reports/sales?from=" + today + "&to=" + today).status()).isEqualTo(403);
        assertThat(cashier.get("/api/v1/reports/timesheets?from=" + today + "&to=" + today).status()).isEqualTo(403);

        Http owner = shop.owner();
        assertField(owner.get("/api/v1/reports/z"), "date");
        assertField(owner.get("/api/v1/reports/z?date=0001-01-01"), "date");
        assertField(owner.get("/api/v1/reports/z?date=yesterday"), "date");
        assertField(owner.get("/api/v1/reports/z?date=2026-02-30"), "date");
        assertField(owner.get("/api/v1/reports/z?date=" + today + "&location_id=here"), "location_id");
        assertThat(owner.get("/api/v1/reports/z?date=%00").status()).isEqualTo(400);
        assertField(owner.get("/api/v1/reports/sales?from=2026-03-02&to=2026-03-01"), "from");
        assertField(owner.get("/api/v1/reports/sales?from=2024-01-01&to=2026-01-01"), "to");
        assertField(owner.get("/api/v1/reports/sales?from=2026-01-01&to=99999-01-01"), "to");
        assertField(owner.get("/api/v1/reports/timesheets?from=2026-01-01&to=2026-12-01"), "to");
    }

    private static void assertField(Http.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).isEqualTo(field);
    }

    private static void refund(Http as, JsonNode order, String amount, UUID terminal) {
        Http.Response refunded = as.withHeader("Idempotency-Key", UUID.randomUUID().toString()).post("/api/v1/orders/"
                + order.get("id").asString() + "/refunds", new RefundRequest(new BigDecimal(amount), null, "damaged", null, null, null,
                null, terminal));
        assertThat(refunded.status()).as(refunded.toString()).isEqualTo(201);
    }

    private static JsonNode sell(Http as, SaleBuilder sale) {
        Http.Response response = as.withHeader("Idempotency-Key", sale.id().toString()).post("/api/v1/sales", sale.request());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }
}
