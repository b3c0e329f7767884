package cloud.olympus.server.commerce;

import static cloud.olympus.server.support.OrderRequests.line;
import static cloud.olympus.server.support.OrderRequests.order;
import static cloud.olympus.server.support.StockRequests.adjustment;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Ledgers;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.TestShop;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/** Many tills at once, over real HTTP, against one database. */
class ConcurrencyTests extends ApiTest {

    private static final int TILLS = 24;

    @Autowired
    @Qualifier("owner")
    DataSource owner;

    @Test
    void concurrentOrdersForTheLastUnitsNeverOversell() throws Exception {
        TestShop shop = openShop("retail");
        String last = shop.item("LAST-ONES", "25.00", 5);
        String plenty = shop.item("PLENTY", "1.00", 1000);

        List<Http.Response> answers = together(TILLS, i -> shop.order(shop.owner(), plenty, 1, last, 1));

        List<Http.Response> won = answers.stream().filter(r -> r.status() == 201).toList();
        List<Http.Response> lost = answers.stream().filter(r -> r.status() != 201).toList();
        assertThat(won).hasSize(5);
        assertThat(lost).hasSize(TILLS - 5).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(409);
            assertThat(r.problemType()).isEqualTo("out-of-stock");
            assertThat(r.json().get("sku").asString()).isEqualTo("LAST-ONES");
            assertThat(r.json().get("detail").asString()).contains("Item LAST-ONES");
        });
        assertThat(shop.itemNow(last).get("available_stock").asInt()).isZero();
        assertThat(shop.itemNow(last).get("reserved_stock").asInt()).isEqualTo(5);
        // The losers' other lines were not reserved either: each order is all or nothing.
        assertThat(shop.itemNow(plenty).get("reserved_stock").asInt()).isEqualTo(5);
        Ledgers.assertStockMatchesLedger(owner);
    }

    @Test
    void concurrentOrdersGetDistinctConsecutiveNumbers() throws Exception {
        TestShop shop = openShop("retail");
        String item = shop.item("PIN", "1.00", 1000);
        List<Http.Response> answers = together(TILLS, i -> shop.order(shop.owner(), item, 1));
        assertThat(answers).allSatisfy(r -> assertThat(r.status()).isEqualTo(201));
        List<Integer> numbers = answers.stream()
                .map(r -> Integer.parseInt(r.json().get("order_number").asString().replaceAll(".*-", ""))).sorted().toList();
        assertThat(numbers).isEqualTo(java.util.stream.IntStream.rangeClosed(1, TILLS).boxed().toList());
    }

    @Test
    void aReplayedOrderAnswersTheFirstOneAndConcurrentReplaysMakeOneOrder() throws Exception {
        TestShop shop = openShop("retail");
        String item = shop.item("TEA", "4.00", 100);
        String key = UUID.randomUUID().toString();
        Http keyed = shop.owner().withHeader("Idempotency-Key", key);

        List<Http.Response> answers = together(8, i -> keyed.post("/api/v1/orders", order(line(item, 2))));

        assertThat(answers).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        assertThat(answers.stream().map(r -> r.json().get("id").asString()).distinct()).hasSize(1);
        assertThat(answers.stream().map(r -> r.json().get("order_number").asString()).distinct()).hasSize(1);
        assertThat(answers.stream().filter(r -> r.header("Idempotent-Replayed").equals("false"))).hasSize(1);
        assertThat(shop.owner().get("/api/v1/orders").json().get("data").size()).isEqualTo(1);
        assertThat(shop.itemNow(item).get("reserved_stock").asInt()).isEqualTo(2);

        Http.Response later = keyed.post("/api/v1/orders", order(line(item, 2)));
        assertThat(later.json().get("id")).isEqualTo(answers.get(0).json().get("id"));
        Http.Response different = keyed.post("/api/v1/orders", order(line(item, 3)));
        assertThat(different.status()).isEqualTo(422);
        assertThat(different.problemType()).isEqualTo("idempotency-key-reused");
    }

    @Test
    void aFailedRequestDoesNotUseUpItsKey() {
        TestShop shop = openShop("retail");
        String item = shop.item("RARE", "9.00", 1);
        Http keyed = shop.owner().withHeader("Idempotency-Key", UUID.randomUUID().toString());
        assertThat(keyed.post("/api/v1/orders", order(line(item, 2))).status()).isEqualTo(409);
        shop.owner().post("/api/v1/inventory/items/" + item + "/adjustments", adjustment(1, "receipt"));
        assertThat(keyed.post("/api/v1/orders", order(line(item, 2))).status()).isEqualTo(201);
    }

    @Test
    void concurrentPaymentsNeverPayMoreThanIsDue() throws Exception {
        TestShop shop = openShop("retail");
        String item = shop.item("CHAIR", "100.00", 10);
        String order = shop.placed(item, 1).get("id").asString();
        String total = shop.owner().get("/api/v1/orders/" + order).json().get("total").asString();
        List<Http.Response> answers = together(6, i -> shop.pay(order, "card", total));
        assertThat(answers.stream().filter(r -> r.status() == 201)).hasSize(1);
        assertThat(answers.stream().filter(r -> r.status() == 409)).hasSize(5);
        var paid = shop.owner().get("/api/v1/orders/" + order).json();
        assertThat(paid.get("payments").size()).isEqualTo(1);
        assertThat(paid.get("paid_total").asString()).isEqualTo(total);
    }

    interface Request {
        Http.Response send(int till) throws Exception;
    }

    /** Sends {@code count} requests at the same instant from as many threads. */
    private static List<Http.Response> together(int count, Request request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Http.Response>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int till = i;
                futures.add(pool.submit((Callable<Http.Response>) () -> {
                    start.await();
                    return request.send(till);
                }));
            }
            start.countDown();
            List<Http.Response> answers = new ArrayList<>();
            for (Future<Http.Response> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
