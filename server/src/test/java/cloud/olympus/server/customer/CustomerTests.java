package cloud.olympus.server.customer;

import static cloud.olympus.server.support.CustomerBuilder.customer;
import static cloud.olympus.server.support.CustomerBuilder.named;
import static cloud.olympus.server.support.OrderRequests.line;
import static cloud.olympus.server.support.OrderRequests.orderFor;
import static cloud.olympus.server.support.OrderRequests.refund;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.commerce.OrderCompleted;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.EventLog;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.TestShop;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

class CustomerTests extends ApiTest {

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    EventLog events;

    @Autowired
    @Qualifier("owner")
    DataSource ownerDataSource;

    @Test
    void customersAreCreatedFoundAndChanged() {
        TestShop shop = openShop("salon");
        Http owner = shop.owner();
        Http.Response created = owner.post("/api/v1/customers", customer().firstName("Ada").lastName("Lovelace")
                .email("Ada@Example.com").phone("+1 (555) 010-7788").tags("VIP", "color").preferences(Map.of("stylist", "Kim"))
                .request());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode ada = created.json();
        assertThat(ada.get("email").asString()).isEqualTo("ada@example.com");
        assertThat(ada.get("tags").toString()).isEqualTo("[\"vip\",\"color\"]");
        assertThat(ada.get("loyalty_points").asInt()).isZero();
        assertThat(ada.get("lifetime_value").toString()).isEqualTo("0.00");
        owner.post("/api/v1/customers", customer().firstName("Alan").lastName("Turing").phone("555 123 4567").request());

        assertThat(names(owner.get("/api/v1/customers?q=love"))).containsExactly("Ada");
        assertThat(names(owner.get("/api/v1/customers?q=ada@exa"))).containsExactly("Ada");
        assertThat(names(owner.get("/api/v1/customers?q=0107788"))).containsExactly("Ada");
        assertThat(names(owner.get("/api/v1/customers?tag=vip"))).containsExactly("Ada");
        assertThat(names(owner.get("/api/v1/customers"))).containsExactly("Ada", "Alan");
        JsonNode page = owner.get("/api/v1/customers?limit=1").json();
        assertThat(names(owner.get("/api/v1/customers?limit=1&cursor=" + page.get("next_cursor").asString()))).containsExactly("Alan");

        Http.Response changed = owner.patch("/api/v1/customers/" + ada.get("id").asString(),
                customer().phone("+44 20 7946 0000").request());
        assertThat(changed.json().get("phone").asString()).isEqualTo("+44 20 7946 0000");
        assertThat(changed.json().get("last_name").asString()).isEqualTo("Lovelace");
        assertThat(owner.patch("/api/v1/customers/" + ada.get("id").asString(), Map.of("loyalty_points", 1_000_000)).status())
                .isEqualTo(400);
    }

    @Test
    void badCustomersAreRefused() {
        TestShop shop = openShop("retail");
        Http owner = shop.owner();
        owner.post("/api/v1/customers", Map.of("email", "taken@example.com"));
        assertThat(owner.post("/api/v1/customers", Map.of("email", "TAKEN@example.com")).status()).isEqualTo(409);
        assertThat(owner.post("/api/v1/customers", Map.of("email", "not-an-email")).status()).isEqualTo(400);
        assertThat(owner.post("/api/v1/customers", Map.of("tags", List.of("ok"))).status()).isEqualTo(400);
        assertThat(owner.post("/api/v1/customers", Map.of("first_name", "X", "tags", List.of("no spaces"))).status()).isEqualTo(400);
        assertThat(owner.post("/api/v1/customers", Map.of("first_name", 7)).status()).isEqualTo(400);
    }

    @Test
    void anotherTenantsCustomersAreNotFound() {
        TestShop mine = openShop("retail");
        TestShop theirs = openShop("retail");
        String id = theirs.customer("Secret");
        assertThat(mine.owner().get("/api/v1/customers/" + id).status()).isEqualTo(404);
        assertThat(mine.owner().patch("/api/v1/customers/" + id, named("Mine")).status()).isEqualTo(404);
        assertThat(mine.owner().get("/api/v1/customers/" + id + "/loyalty").status()).isEqualTo(404);
        assertThat(mine.owner().get("/api/v1/customers?q=secret").json().get("data").size()).isZero();
        String item = mine.item("X", "1.00", 5);
        assertThat(mine.owner().post("/api/v1/orders", orderFor(id, line(item, 1))).status()).isEqualTo(400);
        assertThat(theirs.owner().get("/api/v1/customers/" + id).json().get("first_name").asString()).isEqualTo("Secret");
    }

    @Test
    void thePointsHistoryComesAPageAtATimeOlderThanTheEntryNamed() {
        TestShop shop = openShop("retail");
        String customer = shop.customer("Hedy");
        String item = shop.item("SCARF", "10.00", 10);
        for (int i = 1; i <= 3; i++) {
            JsonNode order = shop.owner().post("/api/v1/orders", orderFor(customer, line(item, 1))).json();
            shop.pay(order.get("id").asString(), "card", order.get("total").asString());
            int earned = i;
            Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> shop.owner()
                    .get("/api/v1/customers/" + customer + "/loyalty").json().size() == earned);
        }
        String ledger = "/api/v1/customers/" + customer + "/loyalty";
        JsonNode whole = shop.owner().get(ledger).json();
        assertThat(whole.isArray()).as("the shape callers know").isTrue();
        assertThat(whole.findValuesAsString("id")).hasSize(3).doesNotHaveDuplicates();

        JsonNode first = shop.owner().get(ledger + "?limit=2").json();
        assertThat(first.findValuesAsString("id")).containsExactly(whole.get(0).get("id").asString(), whole.get(1).get("id").asString());
        JsonNode second = shop.owner().get(ledger + "?limit=2&before=" + first.get(1).get("id").asString()).json();
        assertThat(second.findValuesAsString("id")).containsExactly(whole.get(2).get("id").asString());
        assertThat(shop.owner().get(ledger + "?limit=2&before=" + second.get(0).get("id").asString()).json().size()).isZero();

        // Another customer's entry, here or at another business, is no place in this history.
        String other = shop.customer("Ida");
        JsonNode order = shop.owner().post("/api/v1/orders", orderFor(other, line(item, 1))).json();
        shop.pay(order.get("id").asString(), "card", order.get("total").asString());
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> shop.owner()
                .get("/api/v1/customers/" + other + "/loyalty").json().size() == 1);
        String theirEntry = shop.owner().get("/api/v1/customers/" + other + "/loyalty").json().get(0).get("id").asString();
        assertThat(shop.owner().get(ledger + "?before=" + theirEntry).status()).isEqualTo(400);
        TestShop elsewhere = openShop("retail");
        assertThat(elsewhere.owner().get("/api/v1/customers/" + customer + "/loyalty?limit=2&before=" + theirEntry).status())
                .isEqualTo(404);

        for (String bad : List.of("?limit=0", "?limit=201", "?limit=1e1000000", "?before=nope", "?before=%00")) {
            Http.Response refused = shop.owner().get(ledger + bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.header("Content-Type")).as(bad).contains("problem+json");
        }
    }

    @Test
    void completedOrdersEarnPointsExactlyOnceEvenWhenTheEventComesTwice() {
        TestShop shop = openShop("retail");
        String customer = shop.customer("Grace");
        String item = shop.item("COAT", "200.00", 5);
        JsonNode order = shop.owner().post("/api/v1/orders", orderFor(customer, line(item, 1))).json();
        shop.pay(order.get("id").asString(), "card", order.get("total").asString());

        // 216.50 spent, 1 point per unit: 216 points, bronze from the first cent.
        JsonNode grace = await(shop, customer, c -> c.get("loyalty_points").asInt() > 0);
        assertThat(grace.get("loyalty_points").asInt()).isEqualTo(216);
        assertThat(grace.get("lifetime_value").toString()).isEqualTo("216.50");
        assertThat(grace.get("loyalty_tier").asString()).isEqualTo("bronze");

        OrderCompleted again = new OrderCompleted(shop.tenant().id(), UUID.fromString(order.get("id").asString()),
                order.get("order_number").asString(), UUID.fromString(customer), new BigDecimal("216.50"), BigDecimal.ZERO, "USD",
                Instant.now());
        tx.executeWithoutResult(s -> publisher.publishEvent(again));
        tx.executeWithoutResult(s -> publisher.publishEvent(again));
        // A later order is the marker: once its points are in, the replays have been handled too.
        JsonNode second = shop.owner().post("/api/v1/orders", orderFor(customer, line(item, 1))).json();
        shop.pay(second.get("id").asString(), "card", second.get("total").asString());
        JsonNode after = await(shop, customer, c -> c.get("loyalty_points").asInt() != 216);
        assertThat(after.get("loyalty_points").asInt()).isEqualTo(432);
        assertThat(after.get("lifetime_value").toString()).isEqualTo("433.00");
        assertThat(shop.owner().get("/api/v1/customers/" + customer + "/loyalty").json().size()).isEqualTo(2);
    }

    @Test
    void withoutTheLoyaltyFeatureSpendCountsButEarnsNoPoints() {
        var tenant = openTenant("retail", "starter");
        TestShop shop = new TestShop(tenant, http(tenant.accessToken()));
        assertThat(shop.owner().get("/api/v1/tenant").json().get("features").get("loyalty").asBoolean()).isFalse();
        String customer = shop.customer("Ada");
        String item = shop.item("SCARF", "20.00", 5);
        JsonNode order = shop.owner().post("/api/v1/orders", orderFor(customer, line(item, 1))).json();
        shop.pay(order.get("id").asString(), "card", order.get("total").asString());

        JsonNode ada = await(shop, customer, c -> c.get("lifetime_value").decimalValue().signum() > 0);
        assertThat(ada.get("lifetime_value").decimalValue()).isEqualByComparingTo(order.get("total").decimalValue());
        assertThat(ada.get("loyalty_points").asInt()).isZero();
    }

    @Test
    void spendingMovesCustomersUpTiersAndPointsPayAsATender() {
        TestShop shop = openShop("retail");
        String customer = shop.customer("Linus");
        String sofa = shop.item("SOFA", "600.00", 3);
        String pen = shop.item("PEN", "4.00", 100);
        JsonNode big = shop.owner().post("/api/v1/orders", orderFor(customer, line(sofa, 1))).json();
        shop.pay(big.get("id").asString(), "card", big.get("total").asString());
        JsonNode linus = await(shop, customer, c -> c.get("loyalty_points").asInt() > 0);
        assertThat(linus.get("loyalty_tier").asString()).isEqualTo("silver");
        assertThat(linus.get("loyalty_points").asInt()).isEqualTo(649);
        assertThat(events.all(LoyaltyTierChanged.class)).anySatisfy(e -> {
            assertThat(e.customerId().toString()).isEqualTo(customer);
            assertThat(e.newTier()).isEqualTo("silver");
        });

        // 4.00 + 8.25 % = 4.33, paid with 433 points at 100 points per unit; points earn no points.
        JsonNode small = shop.owner().post("/api/v1/orders", orderFor(customer, line(pen, 1))).json();
        Http.Response byPoints = shop.pay(small.get("id").asString(), "loyalty_points", "4.33");
        assertThat(byPoints.status()).as(byPoints.toString()).isEqualTo(201);
        assertThat(shop.owner().get("/api/v1/customers/" + customer).json().get("loyalty_points").asInt()).isEqualTo(216);
        JsonNode another = shop.owner().post("/api/v1/orders", orderFor(customer, line(sofa, 1))).json();
        Http.Response short_ = shop.pay(another.get("id").asString(), "loyalty_points", "100.00");
        assertThat(short_.status()).isEqualTo(409);
        assertThat(short_.json().get("available_points").asInt()).isEqualTo(216);
    }

    @Test
    void refundsTakeBackThePointsTheyEarned() {
        TestShop shop = openShop("retail");
        String customer = shop.customer("Barbara");
        String item = shop.item("BIKE", "300.00", 2);
        JsonNode order = shop.owner().post("/api/v1/orders", orderFor(customer, line(item, 1))).json();
        String id = order.get("id").asString();
        shop.pay(id, "card", order.get("total").asString());
        await(shop, customer, c -> c.get("loyalty_points").asInt() == 324);
        shop.owner().post("/api/v1/orders/" + id + "/refunds", refund("100.00", "dented"));
        JsonNode barbara = await(shop, customer, c -> c.get("loyalty_points").asInt() != 324);
        // 100.00 of the 324.75 that earned 324 points: 99.77 of them, rounded down.
        assertThat(barbara.get("loyalty_points").asInt()).isEqualTo(225);
        assertThat(barbara.get("lifetime_value").toString()).isEqualTo("224.75");
    }

    @Test
    void aRefundOfASaleThatEarnedNothingTakesNoPointsEarnedBefore() {
        TestShop shop = openShop("retail");
        String customer = shop.customer("Edsger");
        String coat = shop.item("COAT", "200.00", 5);
        String scarf = shop.item("SCARF", "20.00", 5);
        JsonNode earning = shop.owner().post("/api/v1/orders", orderFor(customer, line(coat, 1))).json();
        shop.pay(earning.get("id").asString(), "card", earning.get("total").asString());
        await(shop, customer, c -> c.get("loyalty_points").asInt() == 216);

        assertThat(http(ADMIN_KEY).patch("/api/v1/admin/tenants/" + shop.tenant().id(), Map.of("features", Map.of("loyalty", false)))
                .status()).isEqualTo(200);
        JsonNode order = shop.owner().post("/api/v1/orders", orderFor(customer, line(scarf, 1))).json();
        String id = order.get("id").asString();
        shop.pay(id, "card", order.get("total").asString());
        await(shop, customer, c -> c.get("lifetime_value").decimalValue().compareTo(new BigDecimal("216.50")) > 0);
        assertThat(shop.owner().post("/api/v1/orders/" + id + "/refunds", refund(order.get("total").asString(), "torn")).status())
                .isEqualTo(201);

        JsonNode edsger = await(shop, customer, c -> c.get("lifetime_value").decimalValue().compareTo(new BigDecimal("216.50")) == 0);
        assertThat(edsger.get("loyalty_points").asInt()).as("the scarf earned none, so its refund takes none").isEqualTo(216);
    }

    @Test
    void businessesWhoseCustomersEarnedPointsBeforeTheFeatureMatteredKeepEarningThem() throws Exception {
        var earned = openTenant("retail", "starter");
        var never = openTenant("retail", "starter");
        TestShop earning = new TestShop(earned, http(earned.accessToken()));
        TestShop quiet = new TestShop(never, http(never.accessToken()));
        JdbcClient owner = JdbcClient.create(ownerDataSource);
        // Points booked for a sale while the switch changed nothing; the other business's sale earned none.
        for (var booked : List.of(Map.entry(earning, 20), Map.entry(quiet, 0))) {
            UUID ada = UUID.fromString(booked.getKey().customer("Ada"));
            owner.sql("""
                            INSERT INTO customer.loyalty_ledger (tenant_id, customer_id, kind, source_id, points, amount)
                            VALUES (:tenant, :customer, 'accrual', :order, :points, 20)
                            """)
                    .param("tenant", booked.getKey().tenant().id()).param("customer", ada)
                    .param("order", UUID.randomUUID()).param("points", booked.getValue()).update();
            // The profile holds what its ledger adds up to, as every booking leaves it.
            owner.sql("UPDATE customer.profiles SET loyalty_points = loyalty_points + :points WHERE id = :customer")
                    .param("customer", ada).param("points", booked.getValue()).update();
        }

        try (var connection = ownerDataSource.getConnection()) {
            ScriptUtils.executeSqlScript(connection,
                    new ClassPathResource("db/changelog/customer/005-loyalty-for-businesses-that-earned.sql"));
        }

        assertThat(earning.owner().get("/api/v1/tenant").json().get("features").get("loyalty").asBoolean()).isTrue();
        assertThat(quiet.owner().get("/api/v1/tenant").json().get("features").get("loyalty").asBoolean()).isFalse();
    }

    /** The customer once the condition holds: loyalty follows an order through events, after its answer. */
    private JsonNode await(TestShop shop, String customer, Predicate<JsonNode> condition) {
        return Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> shop.owner().get("/api/v1/customers/" + customer).json(), condition);
    }

    private static List<String> names(Http.Response response) {
        return response.json().get("data").valueStream().map(c -> c.get("first_name").asString()).toList();
    }
}
