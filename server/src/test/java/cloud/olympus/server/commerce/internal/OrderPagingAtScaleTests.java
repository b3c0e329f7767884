package cloud.olympus.server.commerce.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.model.commerce.OrderStatus;
import cloud.olympus.server.commerce.OrderFilter;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.TestShop;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The orders list of a business with 120,000 orders: every page, however deep, is read along an
 * index from the cursor on (never the whole table, never sorted afterwards), and the pages follow
 * each other without a gap or a repeat.
 */
class OrderPagingAtScaleTests extends ApiTest {

    private static final int ORDERS = 120_000;

    @Autowired
    DataSource appDataSource;

    @Autowired
    @Qualifier("owner")
    DataSource ownerDataSource;

    @Test
    void deepPagesAndFilteredListsAreReadAlongAnIndex() {
        TestShop shop = openShop("retail");
        UUID tenant = shop.tenant().id();
        UUID regular = UUID.randomUUID();
        JdbcClient owner = JdbcClient.create(ownerDataSource);
        owner.sql("""
                        INSERT INTO commerce.orders (tenant_id, id, order_number, status, source, currency, subtotal, tax, total,
                                                     business_date, created_at, updated_at, needs_review, customer_id)
                        SELECT ?, gen_random_uuid(), 'S-' || g, CASE WHEN g % 10 = 0 THEN 'cancelled' ELSE 'completed' END,
                               CASE WHEN g % 3 = 0 THEN 'online' ELSE 'pos' END, 'USD', 10, 1, 11, current_date,
                               now() - g * interval '1 minute', now(), g % 5000 = 0, CASE WHEN g % 2000 = 0 THEN ? END
                          FROM generate_series(1, ?) g
                        """).params(tenant, regular, ORDERS).update();
        owner.sql("ANALYZE commerce.orders").update();

        Http api = shop.owner();
        Set<UUID> seen = new HashSet<>();
        String cursor = null;
        Instant last = Instant.MAX;
        for (int page = 0; page < 3; page++) {
            JsonNode answer = api.get("/api/v1/orders?limit=200" + (cursor == null ? "" : "&cursor=" + cursor)).json();
            for (JsonNode order : answer.get("data")) {
                assertThat(seen.add(UUID.fromString(order.get("id").asString()))).isTrue();
                Instant at = Instant.parse(order.get("created_at").asString());
                assertThat(at).isBeforeOrEqualTo(last);
                last = at;
            }
            cursor = answer.get("next_cursor").asString();
        }
        assertThat(seen).hasSize(600);
        assertThat(api.get("/api/v1/orders?needs_review=true&limit=200").json().get("data")).hasSize(ORDERS / 5000);
        assertThat(api.get("/api/v1/orders?customer_id=" + regular + "&limit=200").json().get("data")).hasSize(ORDERS / 2000);

        Instant deep = Instant.now().minusSeconds(60L * (ORDERS - 100));
        assertThat(plan(tenant, new OrderFilter(Set.of(), null, null, null, null, null, null), deep))
                .contains("idx_orders_created").doesNotContain("Seq Scan").doesNotContain("Sort");
        assertThat(plan(tenant, new OrderFilter(Set.of(), null, null, null, null, true, null), deep))
                .contains("idx_orders_needs_review").doesNotContain("Seq Scan");
        assertThat(plan(tenant, new OrderFilter(Set.of(), null, null, null, regular, null, null), null))
                .contains("idx_orders_customer").doesNotContain("Seq Scan");
        assertThat(plan(tenant, new OrderFilter(Set.of(OrderStatus.CANCELLED), null, null, null, null, null, null), deep))
                .as("a status of one order in ten").doesNotContain("Seq Scan");
    }

    /** How PostgreSQL reads a page, as the business (through row-level security). */
    private String plan(UUID tenant, OrderFilter filter, Instant before) {
        OrderRepository.PageQuery query = OrderRepository.pageQuery(filter, before, before == null ? null : UUID.randomUUID(), 201);
        JdbcClient app = JdbcClient.create(appDataSource);
        List<String> lines = new TransactionTemplate(new DataSourceTransactionManager(appDataSource)).execute(s -> {
            app.sql("SELECT set_config('app.tenant_id', ?, true)").param(tenant.toString()).query(String.class).single();
            return app.sql("EXPLAIN " + query.sql()).params(query.params()).query(String.class).list();
        });
        return String.join("\n", lines);
    }
}
