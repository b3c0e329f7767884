package cloud.olympus.server.demo;

import cloud.olympus.model.commerce.OrderSource;
import cloud.olympus.model.commerce.OrderStatus;
import cloud.olympus.model.commerce.PaymentStatus;
import cloud.olympus.model.pricing.PricedLine;
import cloud.olympus.model.pricing.PricedOrder;
import cloud.olympus.model.pricing.PricingLine;
import cloud.olympus.model.tenant.Industry;
import cloud.olympus.server.commerce.Order;
import cloud.olympus.server.commerce.OrderLine;
import cloud.olympus.server.commerce.Payment;
import cloud.olympus.server.commerce.Refund;
import cloud.olympus.server.customer.Loyalty;
import cloud.olympus.server.inventory.Item;
import cloud.olympus.server.inventory.ModifierGroup;
import cloud.olympus.server.platform.TenantSettings;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Generates a business's past: orders day by day, busier on its busy weekdays and hours, priced
 * with the tenant's own taxes, paid the way its customers pay, some with a loyalty customer, a
 * few cancelled or refunded. Deterministic for a given seed.
 */
final class DemoHistory {

    record Result(List<Order> orders, Map<UUID, SortedMap<Instant, Integer>> sales, List<Loyalty.Earning> earnings,
                  Instant start) {
    }

    private record Pattern(double perDay, double[] weekday, double[] hours, int maxLines, int cardPercent, int tipPercent) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final Industry industry;
    private final TenantSettings settings;
    private final List<Item> items;
    private final List<Integer> weights;
    private final List<UUID> customers;
    private final UUID cashier;
    private final Random random;
    private final double scale;

    DemoHistory(Industry industry, TenantSettings settings, List<Item> items, Map<String, Integer> popularity,
                List<UUID> customers, UUID cashier, long seed, double volume) {
        this.industry = industry;
        this.settings = settings;
        this.items = items.stream().filter(Item::active).toList();
        this.weights = this.items.stream().map(i -> popularity.getOrDefault(i.sku(), 1)).toList();
        this.customers = customers;
        this.cashier = cashier;
        this.random = new Random(seed);
        this.scale = volume;
    }

    Result generate(LocalDate today, int days) {
        Pattern pattern = pattern(industry);
        List<Order> orders = new ArrayList<>();
        Map<UUID, SortedMap<Instant, Integer>> sales = new HashMap<>();
        List<Loyalty.Earning> earnings = new ArrayList<>();
        LocalDate first = today.minusDays(days);
        for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
            double growth = 0.9 + 0.2 * (day.toEpochDay() - first.toEpochDay()) / Math.max(1, days);
            double expected = pattern.perDay() * pattern.weekday()[day.getDayOfWeek().getValue() - 1] * growth * scale
                    * (0.85 + 0.3 * random.nextDouble());
            int count = (int) Math.round(expected);
            List<Instant> times = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                times.add(at(day, pattern.hours()));
            }
            times.sort(null);
            Map<UUID, Integer> soldToday = new HashMap<>();
            int number = 0;
            for (Instant at : times) {
                Order order = order(day, ++number, at, pattern);
                orders.add(order);
                if (order.status() == OrderStatus.COMPLETED) {
                    order.lines().forEach(l -> soldToday.merge(l.productId(), l.quantity(), Integer::sum));
                    if (order.customerId() != null && order.paymentStatus() == PaymentStatus.PAID) {
                        earnings.add(new Loyalty.Earning(order.customerId(), order.id(), order.total(), order.completedAt()));
                    }
                }
            }
            Instant closing = day.atTime(23, 59).atZone(settings.zone()).toInstant();
            items.stream().filter(Item::trackStock).forEach(item -> {
                int sold = soldToday.getOrDefault(item.id(), 0);
                if (sold > 0) {
                    sales.computeIfAbsent(item.id(), k -> new TreeMap<>()).put(closing, sold);
                }
            });
        }
        return new Result(orders, sales, earnings, first.atStartOfDay(settings.zone()).toInstant());
    }

    private Order order(LocalDate day, int number, Instant at, Pattern pattern) {
        UUID id = uuid();
        int lineCount = 1 + random.nextInt(pattern.maxLines());
        List<PricingLine> pricing = new ArrayList<>();
        List<Item> picked = new ArrayList<>();
        List<List<OrderLine.Modifier>> modifiers = new ArrayList<>();
        for (int i = 0; i < lineCount; i++) {
            Item item = pick();
            List<OrderLine.Modifier> chosen = chooseModifiers(item);
            int quantity = random.nextInt(10) < 8 ? 1 : 2 + random.nextInt(industry == Industry.RESTAURANT ? 3 : 1);
            picked.add(item);
            modifiers.add(chosen);
            pricing.add(new PricingLine(String.valueOf(i), item.unitPrice(), chosen.stream().map(OrderLine.Modifier::priceDelta).toList(),
                    quantity, item.taxClass()));
        }
        PricedOrder priced = settings.priceCalculator().price(pricing, List.of(), settings.taxRates());
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < priced.lines().size(); i++) {
            PricedLine p = priced.lines().get(i);
            Item item = picked.get(i);
            lines.add(new OrderLine(uuid(), i + 1, item.id(), item.sku(), item.name(),
                    p.quantity(), p.unitPrice(), modifiers.get(i), null, item.taxClass(), p.gross(), p.discount(), p.tax(),
                    p.total(), 0));
        }
        UUID customer = !customers.isEmpty() && random.nextInt(100) < 35 ? customers.get(random.nextInt(customers.size())) : null;
        int fate = random.nextInt(1000);
        boolean cancelled = fate < 25;
        boolean refunded = !cancelled && fate < 35;
        BigDecimal zero = BigDecimal.ZERO.setScale(settings.scale());
        String number4 = settings.orderPrefix() + "-" + DAY.format(settings.businessDate(at)) + "-" + String.format("%04d", number);
        String currency = settings.currency().getCurrencyCode();
        Instant done = at.plusSeconds(60L * (industry == Industry.RESTAURANT ? 25 + random.nextInt(40) : 2 + random.nextInt(8)));
        if (cancelled) {
            return new Order(id, number4, OrderStatus.CANCELLED, source(), customer, lines, currency, priced.subtotal(),
                    priced.discountTotal(), priced.tax(), priced.total(), List.of(), PaymentStatus.UNPAID, zero, zero, zero, null,
                    settings.businessDate(at), cashier, at, done, null, done, List.of(), List.of(), null, Order.Review.NONE);
        }
        Payment payment = payment(priced.total(), pattern, done);
        List<Refund> refunds = refunded
                ? List.of(new Refund(uuid(), payment.id(), priced.total(), List.of(),
                        "Customer not satisfied", payment.method(), null, cashier, done.plusSeconds(3600)))
                : List.of();
        BigDecimal refundedTotal = refunded ? priced.total() : zero;
        return new Order(id, number4, OrderStatus.COMPLETED, source(), customer, lines, currency, priced.subtotal(),
                priced.discountTotal(), priced.tax(), priced.total(), List.of(),
                PaymentStatus.of(priced.total(), priced.total(), refundedTotal), priced.total(), payment.tip(), refundedTotal,
                null, settings.businessDate(at), cashier, at, done, done, null, List.of(payment), refunds, null, Order.Review.NONE);
    }

    private Payment payment(BigDecimal total, Pattern pattern, Instant at) {
        boolean card = random.nextInt(100) < pattern.cardPercent();
        BigDecimal zero = BigDecimal.ZERO.setScale(settings.scale());
        BigDecimal tip = card && random.nextInt(100) < pattern.tipPercent()
                ? total.multiply(BigDecimal.valueOf(15 + 5 * random.nextInt(2), 2)).setScale(settings.scale(), RoundingMode.HALF_UP)
                : zero;
        if (card) {
            return new Payment(uuid(), "card", total, tip, null, zero,
                    "auth " + (100_000 + random.nextInt(900_000)), cashier, at, null);
        }
        BigDecimal note = BigDecimal.valueOf(random.nextBoolean() ? 10 : 20);
        BigDecimal tendered = total.divide(note, 0, RoundingMode.CEILING).multiply(note).setScale(settings.scale());
        return new Payment(uuid(), "cash", total, zero, tendered,
                tendered.subtract(total), null, cashier, at, null);
    }

    /** A version-4 shaped id from the seeded random, so the same seed gives the same ids. */
    private UUID uuid() {
        return uuid(random);
    }

    /** A version-4 shaped id from {@code random}. */
    static UUID uuid(Random random) {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }

    private Item pick() {
        int total = weights.stream().mapToInt(Integer::intValue).sum();
        int r = random.nextInt(total);
        for (int i = 0; i < items.size(); i++) {
            r -= weights.get(i);
            if (r < 0) {
                return items.get(i);
            }
        }
        return items.get(items.size() - 1);
    }

    private List<OrderLine.Modifier> chooseModifiers(Item item) {
        List<OrderLine.Modifier> chosen = new ArrayList<>();
        for (ModifierGroup group : item.modifierGroups()) {
            int count = group.minSelected() + (group.maxSelected() > group.minSelected() && random.nextInt(3) == 0 ? 1 : 0);
            List<ModifierGroup.Option> options = new ArrayList<>(group.options());
            for (int i = 0; i < count && !options.isEmpty(); i++) {
                // The first option is the usual one.
                ModifierGroup.Option option = options.remove(random.nextInt(3) == 0 ? random.nextInt(options.size()) : 0);
                chosen.add(new OrderLine.Modifier(group.name(), option.name(), option.priceDelta()));
            }
        }
        return chosen;
    }

    private OrderSource source() {
        int r = random.nextInt(100);
        return switch (industry) {
            case RESTAURANT -> r < 75 ? OrderSource.POS : r < 92 ? OrderSource.ONLINE : OrderSource.MOBILE;
            case RETAIL -> r < 85 ? OrderSource.POS : OrderSource.ONLINE;
            case SALON -> r < 70 ? OrderSource.POS : OrderSource.MOBILE;
            case HOSPITALITY -> r < 80 ? OrderSource.POS : OrderSource.KIOSK;
        };
    }

    private Instant at(LocalDate day, double[] hours) {
        double total = 0;
        for (double h : hours) {
            total += h;
        }
        double r = random.nextDouble() * total;
        int hour = 0;
        while (hour < 23 && r >= hours[hour]) {
            r -= hours[hour];
            hour++;
        }
        LocalTime time = LocalTime.of(hour, random.nextInt(60), random.nextInt(60));
        return day.atTime(time).atZone(settings.zone()).toInstant();
    }

    /** The hours of the day the business takes orders in (on its clock), by hour of the day. */
    static boolean[] openHours(Industry industry) {
        double[] hours = pattern(industry).hours();
        boolean[] open = new boolean[hours.length];
        for (int h = 0; h < hours.length; h++) {
            open[h] = hours[h] > 0;
        }
        return open;
    }

    /** Whether the business takes orders on the day at all (the salon rests on Mondays). */
    static boolean opensOn(Industry industry, java.time.DayOfWeek day) {
        return pattern(industry).weekday()[day.getValue() - 1] > 0;
    }

    private static Pattern pattern(Industry industry) {
        return switch (industry) {
            case RESTAURANT -> new Pattern(70, new double[]{0.7, 0.75, 0.85, 0.95, 1.3, 1.5, 1.1},
                    hours(11, 0.5, 12, 2.5, 13, 2.2, 14, 0.8, 15, 0.3, 16, 0.3, 17, 0.8, 18, 2.0, 19, 3.0, 20, 2.6, 21, 1.4, 22, 0.5),
                    5, 75, 60);
            case RETAIL -> new Pattern(30, new double[]{0.7, 0.75, 0.8, 0.9, 1.15, 1.6, 1.1},
                    hours(10, 0.6, 11, 1.0, 12, 1.4, 13, 1.5, 14, 1.3, 15, 1.3, 16, 1.5, 17, 1.6, 18, 1.2, 19, 0.6),
                    3, 80, 0);
            case SALON -> new Pattern(16, new double[]{0.0, 0.9, 1.0, 1.1, 1.3, 1.5, 0.6},
                    hours(9, 0.8, 10, 1.2, 11, 1.3, 12, 1.0, 13, 0.9, 14, 1.2, 15, 1.3, 16, 1.4, 17, 1.5, 18, 0.9),
                    2, 85, 70);
            case HOSPITALITY -> new Pattern(22, new double[]{0.9, 0.85, 0.9, 1.0, 1.25, 1.35, 1.0},
                    hours(7, 1.5, 8, 2.0, 9, 1.2, 10, 1.0, 11, 1.2, 12, 0.8, 13, 0.6, 14, 0.6, 15, 0.8, 16, 1.0, 17, 0.8, 18, 1.0,
                            19, 1.2, 20, 1.2, 21, 0.8, 22, 0.4),
                    2, 95, 10);
        };
    }

    private static double[] hours(double... hourAndWeight) {
        double[] weights = new double[24];
        for (int i = 0; i < hourAndWeight.length; i += 2) {
            weights[(int) hourAndWeight[i]] = hourAndWeight[i + 1];
        }
        return weights;
    }

}
