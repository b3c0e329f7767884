package cloud.olympus.server.analytics;

import cloud.olympus.model.WireNames;
import cloud.olympus.model.commerce.PaymentMethod;
import cloud.olympus.server.shared.domain.Input;
import cloud.olympus.server.shared.domain.InvalidInput;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A question asked of the sales rollups: one metric (and, beside it, other metrics of the same rows),
 * broken down by up to four dimensions, over the business days {@code from} to {@code to} (both
 * included, each from the business-day start on the business's clock, see {@link BusinessDays}),
 * optionally as a time series of {@code granularity}, narrowed by filters. Only what these types can
 * say may be asked; {@link #parse} reads a request's words against them and refuses anything else, naming the field.
 */
public record AnalyticsQuery(Metric metric, List<Metric> extraMetrics, List<Dimension> dimensions, Filters filters,
                             LocalDate from, LocalDate to, Granularity granularity, int limit, Order order) {

    public static final int MAX_DIMENSIONS = 4;
    /** Every other metric. */
    public static final int MAX_EXTRA_METRICS = 5;
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;
    public static final int DEFAULT_DAYS = 30;
    public static final int MAX_YEARS = 3;

    /** What is counted. {@code items} and {@code quantity} are both units sold net of units refunded. */
    public enum Metric {
        REVENUE, ORDERS, ITEMS, REFUNDS, AVERAGE_ORDER, QUANTITY;

        public boolean isMoney() {
            return this == REVENUE || this == REFUNDS || this == AVERAGE_ORDER;
        }
    }

    /**
     * What it is broken down by: the hour of the day (0 to 23), the day, the week (from its Monday),
     * the month (from its first), the weekday (1 Monday to 7 Sunday), the item, its category, the
     * payment method, or the location.
     */
    public enum Dimension {
        HOUR, DAY, WEEK, MONTH, WEEKDAY, PRODUCT, CATEGORY, PAYMENT_METHOD, LOCATION
    }

    /** The periods of a time series: each row starts one. */
    public enum Granularity {
        HOUR, DAY, WEEK, MONTH
    }

    /** By the metric, largest or smallest first, or by the dimensions in their natural order. */
    public enum Order {
        DESC, ASC, DIMENSIONS
    }

    /** Only this item, category, location (the business or one of its locations) or payment method; null: any. */
    public record Filters(UUID itemId, UUID categoryId, UUID locationId, PaymentMethod paymentMethod) {

        public static final Filters NONE = new Filters(null, null, null, null);

        /** The filters as a request writes them. */
        public Map<String, String> written() {
            Map<String, String> written = new LinkedHashMap<>();
            if (itemId != null) {
                written.put("item_id", itemId.toString());
            }
            if (categoryId != null) {
                written.put("category_id", categoryId.toString());
            }
            if (locationId != null) {
                written.put("location_id", locationId.toString());
            }
            if (paymentMethod != null) {
                written.put("payment_method", paymentMethod.wireName());
            }
            return written;
        }
    }

    public AnalyticsQuery {
        extraMetrics = extraMetrics == null ? List.of() : List.copyOf(extraMetrics);
        dimensions = List.copyOf(dimensions);
        filters = filters == null ? Filters.NONE : filters;
        if (metric == null) {
            throw new InvalidInput("metric is required, one of " + WireNames.list(Metric.class)).field("metric");
        }
        if (extraMetrics.contains(metric) || extraMetrics.stream().distinct().count() != extraMetrics.size()) {
            throw new InvalidInput("extra_metrics must not repeat a metric").field("extra_metrics");
        }
        if (dimensions.size() > MAX_DIMENSIONS) {
            throw new InvalidInput("dimensions may name at most " + MAX_DIMENSIONS).field("dimensions");
        }
        if (dimensions.stream().distinct().count() != dimensions.size()) {
            throw new InvalidInput("dimensions must not repeat").field("dimensions");
        }
        if (from == null || to == null) {
            throw new InvalidInput("from and to are required").field(from == null ? "from" : "to");
        }
        if (from.isAfter(to)) {
            throw new InvalidInput("from must not be after to").field("from");
        }
        if (from.plusYears(MAX_YEARS).isBefore(to)) {
            throw new InvalidInput("from and to may be at most " + MAX_YEARS + " years apart").field("to");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInput("limit must be a whole number from 1 to " + MAX_LIMIT).field("limit");
        }
        if (order == null) {
            order = granularity != null || dimensions.stream().anyMatch(AnalyticsQuery::isTime) ? Order.DIMENSIONS : Order.DESC;
        }
    }

    /** Whether a dimension is a time of some kind. */
    public static boolean isTime(Dimension dimension) {
        return switch (dimension) {
            case HOUR, DAY, WEEK, MONTH, WEEKDAY -> true;
            default -> false;
        };
    }

    /**
     * Reads a request's words: each must be one of the allowed ones (an extra metric repeats none), each
     * date YYYY-MM-DD (to: the business day under way by default; from: {@value #DEFAULT_DAYS} days up
     * to to), or the answer is a 400 naming the field.
     */
    public static AnalyticsQuery parse(String metric, List<String> extraMetrics, List<String> dimensions,
                                       Map<String, String> filters, String from, String to, String granularity,
                                       Integer limit, String order, LocalDate today) {
        Metric what = Input.choice(Metric.class, metric, "metric");
        List<Metric> also = choices(Metric.class, extraMetrics, MAX_EXTRA_METRICS, "extra_metrics");
        List<Dimension> by = choices(Dimension.class, dimensions, MAX_DIMENSIONS, "dimensions");
        LocalDate last = date(to, "to", today);
        LocalDate first = date(from, "from", last.minusDays(DEFAULT_DAYS - 1));
        return new AnalyticsQuery(what, also, by, filters(filters), first, last,
                granularity == null ? null : Input.choice(Granularity.class, granularity, "granularity"),
                limit == null ? DEFAULT_LIMIT : Input.whole(limit, 1, MAX_LIMIT, "limit"),
                order == null ? null : Input.choice(Order.class, order, "order"));
    }

    /** Each word one of the allowed ones, at most {@code most} of them. */
    private static <E extends Enum<E>> List<E> choices(Class<E> type, List<String> words, int most, String field) {
        List<E> chosen = new ArrayList<>();
        if (words != null) {
            if (words.size() > most) {
                throw new InvalidInput(field + " may name at most " + most).field(field);
            }
            for (String word : words) {
                chosen.add(Input.choice(type, word, field));
            }
        }
        return chosen;
    }

    private static Filters filters(Map<String, String> written) {
        if (written == null || written.isEmpty()) {
            return Filters.NONE;
        }
        UUID item = null;
        UUID category = null;
        UUID location = null;
        PaymentMethod method = null;
        for (Map.Entry<String, String> filter : written.entrySet()) {
            String key = filter.getKey() == null ? "" : filter.getKey();
            String field = "filters." + key;
            switch (key) {
                case "item_id" -> item = id(filter.getValue(), field);
                case "category_id" -> category = id(filter.getValue(), field);
                case "location_id" -> location = id(filter.getValue(), field);
                case "payment_method" -> method = Input.choice(PaymentMethod.class, filter.getValue(), field);
                default -> throw new InvalidInput("filters may be item_id, category_id, location_id and payment_method")
                        .field("filters");
            }
        }
        return new Filters(item, category, location, method);
    }

    private static UUID id(String value, String field) {
        UUID id = Input.optionalId(value, field);
        if (id == null) {
            throw new InvalidInput(field + " must be an id").field(field);
        }
        return id;
    }

    private static LocalDate date(String value, String field, LocalDate otherwise) {
        if (value == null) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.trim(), DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field + " must be a date such as 2026-11-27").field(field);
        }
    }

    /** The query as a request writes it, with every default filled in. */
    public Map<String, Object> written() {
        Map<String, Object> written = new LinkedHashMap<>();
        written.put("metric", WireNames.of(metric));
        written.put("extra_metrics", extraMetrics.stream().map(WireNames::of).toList());
        written.put("dimensions", dimensions.stream().map(WireNames::of).toList());
        written.put("filters", filters.written());
        written.put("from", from.toString());
        written.put("to", to.toString());
        written.put("granularity", granularity == null ? null : WireNames.of(granularity));
        written.put("limit", limit);
        written.put("order", WireNames.of(order));
        return written;
    }
}
