package cloud.olympus.server.bench;

import cloud.olympus.server.OlympusServer;
import cloud.olympus.server.analytics.forecast.Forecast;
import cloud.olympus.server.analytics.forecast.Forecasts;
import cloud.olympus.server.platform.Tenants;
import cloud.olympus.server.shared.tenancy.TenantContext;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The sales forecast's backtest on each demo business (90 days of seeded history): MAPE of the weekly
 * model against the 7-day moving average on the same last 28 days, one day ahead, and how often the 80 %
 * interval held the actual. Writes its section of docs/benchmarks.md; run by benchmarks/forecast.sh.
 */
public final class ForecastBenchmark {

    private static final List<String> BUSINESSES = List.of("bella-cucina", "bella-cucina-downtown", "bella-cucina-harbor",
            "urban-threads", "glow-salon", "harbor-hotel");

    private ForecastBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path report = Path.of(args.length > 0 ? args[0] : "../docs/benchmarks.md");
        Path data = Files.createTempDirectory("olympus-forecast-bench");
        StringBuilder text = new StringBuilder("""
                ## Forecasts: backtest on the demo businesses

                `bash benchmarks/forecast.sh` starts the server on a fresh database with the demo's 90 days of
                history and forecasts each business's sales as `GET /analytics/forecast` does, for today. Each of
                the last 28 days is forecast one day ahead from the days before it only (rolling origin, parameters
                searched again each time). MAPE: mean absolute percentage error of the daily revenue, days without
                sales skipped. Coverage: share of those days whose revenue fell inside the 80 % interval built from
                the errors of earlier days only.

                | business | history days | method | MAPE | 7-day moving average MAPE | 80 % interval coverage | ms |
                |---|---|---|---|---|---|---|
                """);
        try (ConfigurableApplicationContext server = new SpringApplicationBuilder(OlympusServer.class).run(
                "--server.port=0", "--olympus.data-dir=" + data, "--olympus.demo=true",
                "--logging.threshold.console=OFF", "--spring.main.banner-mode=off")) {
            Forecasts forecasts = server.getBean(Forecasts.class);
            Tenants tenants = server.getBean(Tenants.class);
            for (String slug : BUSINESSES) {
                UUID tenant = tenants.resolveSlug(slug).orElseThrow();
                long start = System.nanoTime();
                Forecast forecast = TenantContext.callAs(tenant, () -> forecasts.sales(null, null, Forecasts.Horizon.DAY));
                long ms = (System.nanoTime() - start) / 1_000_000;
                Forecast.Backtest b = forecast.backtest();
                text.append("| ").append(slug).append(" | ").append(forecast.historyDays()).append(" | ").append(forecast.method())
                        .append(" | ").append(percent(b.mapePercent())).append(" | ").append(percent(b.baselineMapePercent()))
                        .append(" | ").append(percent(b.coveragePercent())).append(" | ").append(ms).append(" |\n");
            }
        }
        BenchmarkReport.writeSection(report, "forecast", text.toString());
        System.out.println(text);
    }

    private static String percent(BigDecimal value) {
        return value == null ? "—" : value.toPlainString() + " %";
    }
}
