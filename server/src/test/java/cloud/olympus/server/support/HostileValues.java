package cloud.olympus.server.support;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import tools.jackson.databind.util.RawValue;

/**
 * Values an attacker, a broken client or a cat on the keyboard might put in any field: control
 * characters, numbers no computer should expand, dates from other millennia, wrong shapes, ids
 * of other tenants. Drawn from a seeded random source, so a failing case comes back the same way.
 */
public final class HostileValues {

    /** Numbers written as JSON text, exactly as they travel. */
    private static final List<String> NUMBER_TEXTS = List.of(
            "1e1000000", "-1e1000000", "1e-1000000", "0e1000000", "1e309", "-1e309", "1e20", "1E+999999999",
            "99999999999999999999999999999999", "-0", "0.0000001", "2147483648", "-2147483649", "9223372036854775808",
            "1" + "0".repeat(63), "123456789012.1234567", "4.9e-324", "0.1e1");
    private static final List<String> TEXTS = List.of(
            "\u0000", "a\u0000b", "\u0007bell", "line\u001bescape", "\u007f", "%00", "\uD800", "\uDFFF\uD800",
            "'; DROP TABLE commerce.orders; --", "../../etc/passwd", "\u202Egnp.exe", "🍕🍕🍕", "", " ", "null",
            "-999999999-01-01", "+1000000000-01-01T00:00:00Z", "2026-13-45", "0000-00-00", "1e999999999", "NaN", "Infinity",
            "${jndi:ldap://x/}", "{{7*7}}", "<script>alert(1)</script>", "x".repeat(70_000));
    private static final List<RawValue> SHAPES = List.of(
            new RawValue("null"), new RawValue("[]"), new RawValue("{}"), new RawValue("true"), new RawValue("[[[[[[]]]]]]"),
            new RawValue("[".repeat(60) + "]".repeat(60)), new RawValue("{\"a\":".repeat(40) + "1" + "}".repeat(40)),
            new RawValue("[" + String.join(",", Collections.nCopies(5000, "0")) + "]"),
            new RawValue("{\"\\u0000\":1}"), new RawValue("{\"" + "k".repeat(2000) + "\":1}"),
            new RawValue("{\"nested\":{\"deeper\":[1,{\"x\":1e1000000}]}}"));

    private final List<UUID> foreignIds;
    private final List<Weighted> kinds;

    public HostileValues(List<UUID> foreignIds) {
        this.foreignIds = List.copyOf(foreignIds);
        this.kinds = List.of(
                new Weighted(3, this::controlText), new Weighted(2, HostileValues::anyText),
                new Weighted(3, random -> pick(TEXTS, random)), new Weighted(4, random -> new RawValue(pick(NUMBER_TEXTS, random))),
                new Weighted(2, HostileValues::decimal), new Weighted(1, Random::nextLong),
                new Weighted(2, this::id), new Weighted(3, random -> pick(SHAPES, random)));
    }

    /** One hostile value. */
    public Object draw(Random random) {
        int total = kinds.stream().mapToInt(Weighted::weight).sum();
        int roll = random.nextInt(total);
        for (Weighted kind : kinds) {
            roll -= kind.weight();
            if (roll < 0) {
                return kind.draw().apply(random);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private Object controlText(Random random) {
        StringBuilder text = new StringBuilder("ok");
        for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
            text.append((char) random.nextInt(0x20));
        }
        return text.toString();
    }

    /** Any UTF-16 unit, lone surrogates included. */
    private static Object anyText(Random random) {
        char[] text = new char[random.nextInt(200)];
        for (int i = 0; i < text.length; i++) {
            text[i] = (char) random.nextInt(0x10000);
        }
        return new String(text);
    }

    private static Object decimal(Random random) {
        return new BigDecimal(random.nextLong()).movePointLeft(random.nextInt(12));
    }

    private Object id(Random random) {
        return random.nextBoolean() ? pick(foreignIds, random).toString() : UUID.randomUUID().toString();
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    /** Whole bodies that are not what any endpoint takes. */
    public static List<String> hostileBodies() {
        return Arrays.asList("", "null", "[1,2]", "\"text\"", "42", "{", "{\"a\":}", "{} {}", "{\"a\":1,\"a\":2}",
                "[".repeat(100) + "]".repeat(100), "{\"x\":" + "9".repeat(5000) + "}", "\uFEFF{}",
                "{\"items\":[{\"product_id\":\"" + UUID.randomUUID() + "\",\"quantity\":1e1000000}]}");
    }

    /** Field names a client may make up. */
    public static Map<String, Object> unknownFields() {
        return Map.of("is_admin", true, "tenant_id", UUID.randomUUID().toString());
    }

    private record Weighted(int weight, Function<Random, Object> draw) {
    }
}
