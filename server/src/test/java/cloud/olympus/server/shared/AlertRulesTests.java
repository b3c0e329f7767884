package cloud.olympus.server.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The shipped Prometheus alerting rules ask only for metrics the server exports, with labels it
 * puts on them: a renamed metric or tag would otherwise leave an alert that never fires.
 */
class AlertRulesTests extends ApiTest {

    private static final Path RULES = Path.of("..", "installers", "server", "prometheus", "olympus-alerts.yml");
    /** Made by Prometheus (up) and the blackbox exporter (probe_*), not by the server. */
    private static final Set<String> EXTERNAL = Set.of("up", "probe_success", "probe_duration_seconds", "probe_http_status_code");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "by", "without", "on", "ignoring",
            "group_left", "group_right", "bool", "offset", "inf", "nan");
    private static final Pattern SELECTOR = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*\\{([^}]*)}");
    private static final Pattern MATCHER = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)\\s*(?:=~|!~|!=|=)\\s*\"");

    @Test
    void everyMetricTheAlertsUseIsExported() throws IOException {
        Map<String, String> rules = rules();
        assertThat(rules).containsOnlyKeys("OlympusErrorRateHigh", "OlympusLatencyHigh", "OlympusDatabasePoolBusy",
                "OlympusMemoryHigh", "OlympusHealthFailing");
        // A request, so that request timings (and their buckets) exist.
        http().get("/api/v1/users/me");
        String exported = http().get("/metrics").body();

        Set<String> used = new LinkedHashSet<>();
        rules.values().forEach(expr -> used.addAll(metricNames(expr)));
        assertThat(used).contains("http_server_requests_seconds_bucket", "hikaricp_connections_max", "probe_success");
        List<String> missing = new ArrayList<>();
        for (String metric : used) {
            if (!EXTERNAL.contains(metric) && !Pattern.compile("(?m)^" + Pattern.quote(metric) + "[{ ]").matcher(exported).find()) {
                missing.add(metric);
            }
        }
        assertThat(missing).as("metrics the alerts use that /metrics does not export").isEmpty();
    }

    @Test
    void everyLabelTheAlertsMatchOnIsOnTheMetric() throws IOException {
        http().get("/api/v1/users/me");
        String exported = http().get("/metrics").body();
        List<String> missing = new ArrayList<>();
        for (String expr : rules().values()) {
            Matcher selector = SELECTOR.matcher(expr);
            while (selector.find()) {
                String metric = selector.group(1);
                if (EXTERNAL.contains(metric)) {
                    continue;
                }
                Matcher label = MATCHER.matcher(selector.group(2));
                while (label.find()) {
                    if (!Pattern.compile("(?m)^" + Pattern.quote(metric) + "\\{[^}]*\\b" + label.group(1) + "=\"").matcher(exported).find()) {
                        missing.add(metric + "{" + label.group(1) + "}");
                    }
                }
            }
        }
        assertThat(missing).as("labels the alerts match on that the metrics do not carry").isEmpty();
    }

    @Test
    void metricNamesAreReadOutOfExpressions() {
        assertThat(metricNames("sum by (instance, le) (rate(a_bucket{uri!~\"/ws|x\", status=~\"5..\"}[5m])) / b > 0.5"))
                .containsExactly("a_bucket", "b");
        assertThat(metricNames("probe_success{job=\"h\"} == 0 and probe_success offset 15s == 0")).containsExactly("probe_success");
        assertThat(metricNames("histogram_quantile(0.99, sum without (pod) (rate(c[1m])))")).containsExactly("c");
    }

    /** The metric names in a PromQL expression: what is left once label matchers, ranges, groupings and functions are gone. */
    static Set<String> metricNames(String expr) {
        String bare = expr.replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ")
                .replaceAll("\\boffset\\s+\\w+", " ");
        Set<String> names = new LinkedHashSet<>();
        Matcher word = Pattern.compile("(?<![\\w.])([a-zA-Z_:][a-zA-Z0-9_:]*)(\\s*\\()?").matcher(bare);
        while (word.find()) {
            if (word.group(2) == null && !KEYWORDS.contains(word.group(1).toLowerCase(java.util.Locale.ROOT))) {
                names.add(word.group(1));
            }
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> rules() throws IOException {
        Map<String, Object> file = new Yaml().load(Files.readString(RULES));
        Map<String, String> rules = new LinkedHashMap<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) file.get("groups")) {
            for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                rules.put((String) rule.get("alert"), (String) rule.get("expr"));
            }
        }
        return rules;
    }
}
