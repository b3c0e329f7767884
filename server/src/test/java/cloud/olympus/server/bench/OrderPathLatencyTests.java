package cloud.olympus.server.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.model.pricing.PriceCalculator;
import cloud.olympus.model.pricing.PricedOrder;
import cloud.olympus.model.pricing.PricingLine;
import cloud.olympus.model.pricing.TaxRates;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.ItemBuilder;
import cloud.olympus.server.support.OrderRequests;
import cloud.olympus.server.support.SaleBuilder;
import cloud.olympus.server.support.TestShop;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The order path one request at a time, for comparing a change with what came before it on the same
 * machine: the median latency of {@code POST /api/v1/orders} and {@code POST /api/v1/sales} (the
 * benchmark's three lines, the sale with two tenders), and the SQL statements and commits each sends
 * from the request's own thread. Not part of the suite: run it with {@code -Dolympus.latency=true}
 * (and {@code -Dolympus.latency.requests=N}); it logs its numbers.
 */
@EnabledIfSystemProperty(named = "olympus.latency", matches = "true")
@Import(OrderPathLatencyTests.CountingConfiguration.class)
class OrderPathLatencyTests extends ApiTest {

    private static final Logger log = LoggerFactory.getLogger(OrderPathLatencyTests.class);
    private static final TaxRates RETAIL = new TaxRates(Map.of(TaxRates.STANDARD, new BigDecimal("0.0825")), false);
    private static final PriceCalculator CALCULATOR = new PriceCalculator(2);
    private static final Set<String> EXECUTE = Set.of("execute", "executeQuery", "executeUpdate", "executeBatch",
            "executeLargeUpdate", "executeLargeBatch");
    /** Statements sent from request threads while counting is on: the SQL, or "COMMIT". */
    static final List<String> SENT = new CopyOnWriteArrayList<>();
    static volatile boolean counting;

    private final int requests = Integer.getInteger("olympus.latency.requests", 2000);

    @Test
    void ordersAndSalesOneAtATime() {
        TestShop shop = openShop("retail");
        List<String> tracked = new ArrayList<>();
        List<String> untracked = new ArrayList<>();
        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        for (int n = 1; n <= 20; n++) {
            boolean counted = n <= 12;
            String price = (5 + n % 20) + ".50";
            String id = shop.item(ItemBuilder.item("L-" + n, price).stock(counted ? 10_000_000 : 0).trackStock(counted));
            (counted ? tracked : untracked).add(id);
            prices.put(id, new BigDecimal(price));
        }
        Http owner = shop.owner();
        UUID cashier = UUID.fromString(owner.get("/api/v1/users/me").json().get("id").asString());
        UUID terminal = UUID.randomUUID();

        Runnable order = () -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            Http.Response response = owner.withHeader("Idempotency-Key", UUID.randomUUID().toString())
                    .post("/api/v1/orders", OrderRequests.order(
                            OrderRequests.line(pick(tracked, 0), 1 + random.nextInt(2)),
                            OrderRequests.line(pick(tracked, 1), 1 + random.nextInt(2)),
                            OrderRequests.line(pick(untracked, 0), 1)));
            assertThat(response.status()).as(response.toString()).isEqualTo(201);
        };
        Runnable sale = () -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            List<String> products = List.of(pick(tracked, 0), pick(tracked, 1), pick(untracked, 0));
            List<Integer> quantities = List.of(1 + random.nextInt(2), 1 + random.nextInt(2), 1);
            UUID id = UUID.randomUUID();
            SaleBuilder body = SaleBuilder.sale(id, terminal, Instant.now()).cashier(cashier);
            List<PricingLine> pricing = new ArrayList<>();
            for (int i = 0; i < products.size(); i++) {
                BigDecimal price = prices.get(products.get(i));
                pricing.add(new PricingLine(String.valueOf(i), price, List.of(), quantities.get(i), TaxRates.STANDARD));
                body.line(products.get(i), quantities.get(i), price.toPlainString());
            }
            PricedOrder priced = CALCULATOR.price(pricing, List.of(), RETAIL);
            BigDecimal card = new BigDecimal("10.00");
            BigDecimal cash = priced.total().subtract(card).divide(BigDecimal.valueOf(5), 0, RoundingMode.FLOOR).add(BigDecimal.ONE)
                    .multiply(BigDecimal.valueOf(5)).setScale(2);
            body.amounts(priced.subtotal().toPlainString(), priced.tax().toPlainString(), priced.total().toPlainString())
                    .tender("card", card.toPlainString()).tender("cash", cash.toPlainString());
            Http.Response response = owner.withHeader("Idempotency-Key", id.toString()).post("/api/v1/sales", body.request());
            assertThat(response.status()).as(response.toString()).isEqualTo(201);
            assertThat(response.json().get("needs_review").asBoolean()).as(response.toString()).isFalse();
        };

        // Warm up, then one of each with the statements counted, then the timed loops, alternating halves.
        for (int i = 0; i < 200; i++) {
            order.run();
            sale.run();
        }
        log.info("Statements of one order placed:\n{}", statementsOf(order));
        log.info("Statements of one sale recorded:\n{}", statementsOf(sale));
        List<Long> orders = new ArrayList<>();
        List<Long> sales = new ArrayList<>();
        for (int half = 0; half < 2; half++) {
            orders.addAll(timed(order, requests / 2));
            sales.addAll(timed(sale, requests / 2));
        }
        log.info("{} orders: median {} µs, p90 {} µs; {} sales: median {} µs, p90 {} µs", orders.size(), percentile(orders, 50),
                percentile(orders, 90), sales.size(), percentile(sales, 50), percentile(sales, 90));
    }

    /** A random product, or while counting always the same ones: three different items, two of them counted. */
    private static String pick(List<String> products, int whileCounting) {
        return counting ? products.get(whileCounting) : products.get(ThreadLocalRandom.current().nextInt(products.size()));
    }

    private static String statementsOf(Runnable request) {
        SENT.clear();
        counting = true;
        try {
            request.run();
        } finally {
            counting = false;
        }
        List<String> sent = List.copyOf(SENT);
        long commits = sent.stream().filter("COMMIT"::equals).count();
        StringBuilder text = new StringBuilder((sent.size() - commits) + " statements, " + commits + " commits\n");
        sent.forEach(sql -> text.append("  ").append(sql.replaceAll("\\s+", " ").trim()).append('\n'));
        return text.toString();
    }

    private static List<Long> timed(Runnable request, int times) {
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long started = System.nanoTime();
            request.run();
            micros.add((System.nanoTime() - started) / 1000);
        }
        return micros;
    }

    private static long percentile(List<Long> values, int percent) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }

    /** Wraps the application's data source so that what the request threads send can be counted. */
    @TestConfiguration(proxyBeanMethods = false)
    static class CountingConfiguration {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (name.equals("dataSource") && bean instanceof DataSource dataSource) {
                        return new DelegatingDataSource(dataSource) {
                            @Override
                            public Connection getConnection() throws SQLException {
                                return counted(super.getConnection());
                            }
                        };
                    }
                    return bean;
                }
            };
        }

        private static Connection counted(Connection connection) {
            InvocationHandler handler = (proxy, method, args) -> {
                if (method.getName().equals("commit")) {
                    note("COMMIT");
                }
                Object result = invoke(connection, method, args);
                if (result instanceof Statement statement) {
                    String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
                    return countedStatement(statement, sql);
                }
                return result;
            };
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
        }

        private static Object countedStatement(Statement statement, String preparedSql) {
            Class<?>[] interfaces = statement instanceof java.sql.CallableStatement
                    ? new Class<?>[] {java.sql.CallableStatement.class}
                    : statement instanceof java.sql.PreparedStatement ? new Class<?>[] {java.sql.PreparedStatement.class}
                    : new Class<?>[] {Statement.class};
            InvocationHandler handler = (proxy, method, args) -> {
                if (EXECUTE.contains(method.getName())) {
                    String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql;
                    note(method.getName().equals("executeBatch") ? "[batch] " + sql : sql);
                }
                return invoke(statement, method, args);
            };
            return Proxy.newProxyInstance(Statement.class.getClassLoader(), interfaces, handler);
        }

        private static void note(String sql) {
            if (counting && Thread.currentThread().getName().startsWith("http-nio")) {
                SENT.add(sql);
            }
        }

        private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
