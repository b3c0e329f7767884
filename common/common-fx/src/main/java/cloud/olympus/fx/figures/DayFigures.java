package cloud.olympus.fx.figures;

import cloud.olympus.client.manager.Dashboard;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.i18n.MoneyFormat;
import cloud.olympus.fx.manager.TodayViewModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The pieces a screen of the day's figures is made of, the same on the tablet and the console: a
 * figure's tile with its trend, the chart of sales by hour against last week with the forecast's
 * band, and cards of lines or of named figures.
 */
public final class DayFigures {

    /** Narrower than this, a tile is drawn compact. */
    public static final double TILE_ROOMY = 170;

    private final Messages messages;

    public DayFigures(Messages messages) {
        this.messages = messages;
    }

    /** A chart of sales by hour (0–23) on {@code amounts}, without symbols or animation. */
    public static BandChart hourChart(NumberAxis amounts) {
        BandChart chart = new BandChart(new NumberAxis(0, 23, 3), amounts);
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        return chart;
    }

    /** The day's tiles: revenue, orders and the average order, each with its trend. */
    public List<Node> tiles(Dashboard d) {
        MoneyFormat money = MoneyFormat.of(messages, d.currency());
        return TodayViewModel.kpis(d).stream().map(k -> tile(k, money)).toList();
    }

    /** One figure's tile ({@code #kpi-<name>} on its value) with its change against yesterday and last week. */
    public Node tile(TodayViewModel.Kpi k, MoneyFormat money) {
        Label value = new Label(k.money() ? money.format(k.value()) : k.value().toPlainString());
        value.getStyleClass().add("kpi-value");
        value.setId("kpi-" + k.key().substring(k.key().lastIndexOf('.') + 1));
        VBox tile = new VBox(4, new Label(messages.get(k.key())), value, trend("mobile.today.vs_yesterday", k.vsYesterday()),
                trend("mobile.today.vs_last_week", k.vsLastWeek()));
        tile.getStyleClass().addAll("card", "kpi-tile");
        return tile;
    }

    /**
     * The day's cards: peak hours, best sellers and categories, payment mix, customers, stock, staff
     * and, for an organisation, its locations. A card with nothing to show says so.
     */
    public List<Node> cards(Dashboard d) {
        MoneyFormat money = MoneyFormat.of(messages, d.currency());
        List<Node> cards = new ArrayList<>();
        cards.add(card("today-peaks", "mobile.today.peak_hours", TodayViewModel.peakHours(d), "mobile.today.no_peak"));
        cards.add(card("today-top", "mobile.today.top_products", d.topProducts().stream()
                .map(p -> p.name() + " · " + p.quantity() + " · " + money.format(p.revenue())).toList(), "mobile.today.no_sales"));
        cards.add(card("today-categories", "mobile.today.top_categories", d.topCategories().stream()
                .map(c -> c.name() + " · " + c.quantity() + " · " + money.format(c.revenue())).toList(), "mobile.today.no_sales"));
        cards.add(card("today-payments", "mobile.today.payment_mix", d.paymentMix().stream()
                .map(m -> messages.get("tender." + m.method()) + " · " + money.format(m.amount()) + " · " + m.sharePercent() + " %")
                .toList(), "mobile.today.no_payments"));
        cards.add(facts("today-customers", "mobile.today.customers", TodayViewModel.customers(d), money));
        cards.add(facts("today-inventory", "mobile.today.inventory", TodayViewModel.inventory(d), money));
        cards.add(facts("today-staff", "mobile.today.staff", TodayViewModel.staff(d), money));
        if (d.organisation()) {
            cards.add(card("today-locations", "mobile.today.locations", d.locations().stream()
                    .map(l -> l.name() + " · " + l.orders() + " · " + money.format(l.revenue())).toList(), "mobile.today.no_sales"));
        }
        return cards;
    }

    /** Draws the hours so far on {@code chart}: today, last week and, where there is a forecast, its curve and band. */
    public void showHours(BandChart chart, NumberAxis amounts, List<TodayViewModel.HourPoint> points) {
        XYChart.Series<Number, Number> now = new XYChart.Series<>();
        now.setName(messages.get("mobile.today.today"));
        XYChart.Series<Number, Number> lastWeek = new XYChart.Series<>();
        lastWeek.setName(messages.get("mobile.today.last_week"));
        XYChart.Series<Number, Number> expected = new XYChart.Series<>();
        expected.setName(messages.get("mobile.today.expected"));
        List<BandChart.Band> band = new ArrayList<>();
        for (TodayViewModel.HourPoint p : points) {
            if (p.revenue() != null) {
                now.getData().add(new XYChart.Data<>(p.hour(), p.revenue()));
            }
            lastWeek.getData().add(new XYChart.Data<>(p.hour(), p.lastWeek()));
            if (p.expected() != null) {
                expected.getData().add(new XYChart.Data<>(p.hour(), p.expected()));
                band.add(new BandChart.Band(p.hour(), p.low().doubleValue(), p.high().doubleValue()));
            }
        }
        chart.getData().setAll(expected.getData().isEmpty() ? List.of(now, lastWeek) : List.of(now, lastWeek, expected));
        chart.band(band);
        // The band counts too: its top must not run off the chart.
        scale(amounts, points.stream().flatMap(p -> Stream.of(p.revenue(), p.lastWeek(), p.high())));
    }

    /** Sets {@code axis} from zero to a round number above the largest of {@code values}, in five steps. */
    public static void scale(NumberAxis axis, Stream<BigDecimal> values) {
        double top = niceCeiling(values.filter(Objects::nonNull).mapToDouble(BigDecimal::doubleValue).max().orElse(0));
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        axis.setUpperBound(top);
        axis.setTickUnit(top / 5);
    }

    /** A round number at or above {@code value} for the top of the axis (10 when there is nothing to show). */
    public static double niceCeiling(double value) {
        if (value <= 0) {
            return 10;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }

    /** A change in percent against {@code key}'s comparison, coloured up or down; "not measured" without one. */
    public Label trend(String key, BigDecimal percent) {
        Label label = new Label(percent == null ? messages.get(key, messages.get("mobile.today.not_measured"))
                : messages.get(key, (percent.signum() > 0 ? "+" : "") + percent + " %"));
        label.getStyleClass().addAll("trend", percent == null ? "none" : percent.signum() >= 0 ? "up" : "down");
        label.setWrapText(true);
        return label;
    }

    /** A card of lines, or of the one line saying there is nothing yet. */
    public VBox card(String id, String titleKey, List<String> rows, String emptyKey) {
        VBox box = titled(id, titleKey);
        if (rows.isEmpty()) {
            box.getChildren().add(emptyNote(emptyKey));
        }
        rows.forEach(r -> {
            Label row = new Label(r);
            row.setWrapText(true);
            box.getChildren().add(row);
        });
        return box;
    }

    /** A card of figures, each on a line with its name on the left. */
    public VBox facts(String id, String titleKey, List<TodayViewModel.Fact> facts, MoneyFormat money) {
        VBox box = titled(id, titleKey);
        for (TodayViewModel.Fact f : facts) {
            Label name = new Label(messages.get(f.key()));
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Label value = new Label(f.value() == null ? messages.get("mobile.today.not_measured") : switch (f.unit()) {
                case MONEY -> money.format(f.value());
                case PERCENT -> f.value().toPlainString() + " %";
                case COUNT -> f.value().toPlainString();
            });
            value.getStyleClass().add("fact-value");
            box.getChildren().add(new HBox(8, name, gap, value));
        }
        return box;
    }

    /** An empty card ({@code #id}) under its title. */
    public VBox titled(String id, String titleKey) {
        Label heading = new Label(messages.get(titleKey));
        heading.getStyleClass().add("section-title");
        VBox box = new VBox(4, heading);
        box.setId(id);
        box.getStyleClass().addAll("card", "today-card");
        return box;
    }

    /** The muted line a section shows when it has nothing in it. */
    public Label emptyNote(String key) {
        Label none = new Label(messages.get(key));
        none.getStyleClass().add("empty-note");
        return none;
    }

    /** As many of {@code pane}'s children abreast as fit at {@code least} wide (no more than there are), sharing the row. */
    public static void share(FlowPane pane, double least) {
        double width = pane.getWidth();
        if (width <= 0 || pane.getChildren().isEmpty()) {
            return;
        }
        int fit = Math.max(1, (int) ((width + pane.getHgap()) / (least + pane.getHgap())));
        int columns = Math.min(fit, pane.getChildren().size());
        double each = Math.floor((width - pane.getHgap() * (columns - 1)) / columns) - 1;
        pane.getChildren().forEach(n -> {
            ((Region) n).setPrefWidth(each);
            if (n.getStyleClass().contains("kpi-tile")) {
                n.getStyleClass().remove("compact");
                if (each < TILE_ROOMY) {
                    n.getStyleClass().add("compact");
                }
            }
        });
    }
}
