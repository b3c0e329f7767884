package cloud.olympus.mobile;

import cloud.olympus.client.manager.Dashboard;
import cloud.olympus.client.manager.Place;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.i18n.MoneyFormat;
import cloud.olympus.fx.manager.TodayViewModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The day at a glance: tiles with their trend, sales by hour against last week with the forecast's
 * band, then cards (two or three abreast on a tablet, one under another on a phone): peak hours,
 * best sellers and categories, payment mix, customers, stock, staff and, for an organisation, its
 * locations. A card with nothing to show says so.
 */
final class TodayView extends ScreenFrameHolder {

    private static final double CARD_MIN_WIDTH = 280;
    /** Three tiles abreast even on a phone; narrower than {@link #TILE_ROOMY}, a tile is drawn compact. */
    private static final double TILE_MIN_WIDTH = 100;
    private static final double TILE_ROOMY = 170;

    private final TodayViewModel model;
    private final Messages messages;
    private final FlowPane tiles = new FlowPane(12, 12);
    private final NumberAxis amounts = new NumberAxis();
    private final BandChart chart;
    private final FlowPane cards = new FlowPane(12, 12);

    TodayView(TodayViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        ComboBox<Place> place = picker();
        tiles.setId("today-tiles");
        NumberAxis hours = new NumberAxis(0, 23, 3);
        chart = new BandChart(hours, amounts);
        chart.setId("today-chart");
        chart.setTitle(messages.get("mobile.today.by_hour"));
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.setPrefHeight(280);
        chart.setMinHeight(220);
        chart.visibleProperty().bind(model.figures().valueProperty().isNotNull());
        chart.managedProperty().bind(chart.visibleProperty());
        cards.setId("today-cards");
        cards.widthProperty().addListener((obs, old, now) -> share(cards, CARD_MIN_WIDTH));
        tiles.widthProperty().addListener((obs, old, now) -> share(tiles, TILE_MIN_WIDTH));
        VBox content = new VBox(12, place, tiles, chart, cards);
        content.getStyleClass().add("screen-content");
        model.figures().valueProperty().addListener((obs, old, today) -> show(today));
        show(model.figures().value());
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        frame("today", model.figures(), scroll, messages);
    }

    private ComboBox<Place> picker() {
        ComboBox<Place> place = new ComboBox<>();
        place.setId("today-place");
        Runnable places = () -> {
            List<Place> choices = new ArrayList<>();
            choices.add(null);
            choices.addAll(model.places());
            place.getItems().setAll(choices);
        };
        model.places().addListener((ListChangeListener<Place>) c -> places.run());
        places.run();
        place.setConverter(new StringConverter<>() {
            @Override
            public String toString(Place p) {
                return p == null ? messages.get("mobile.today.whole") : p.name();
            }

            @Override
            public Place fromString(String s) {
                return null;
            }
        });
        place.setPromptText(messages.get("mobile.today.whole"));
        place.valueProperty().bindBidirectional(model.placeProperty());
        place.visibleProperty().bind(Bindings.isNotEmpty(model.places()));
        place.managedProperty().bind(place.visibleProperty());
        return place;
    }

    private void show(TodayViewModel.Today today) {
        if (today == null || today.dashboard() == null) {
            tiles.getChildren().clear();
            chart.getData().clear();
            chart.band(List.of());
            cards.getChildren().clear();
            return;
        }
        Dashboard d = today.dashboard();
        MoneyFormat money = MoneyFormat.of(messages, d.currency());
        tiles.getChildren().setAll(TodayViewModel.kpis(d).stream().map(k -> tile(k, money)).toList());
        showChart(today);
        List<Node> next = new ArrayList<>();
        next.add(card("today-peaks", "mobile.today.peak_hours", TodayViewModel.peakHours(d), "mobile.today.no_peak"));
        next.add(card("today-top", "mobile.today.top_products", d.topProducts().stream()
                .map(p -> p.name() + " · " + p.quantity() + " · " + money.format(p.revenue())).toList(), "mobile.today.no_sales"));
        next.add(card("today-categories", "mobile.today.top_categories", d.topCategories().stream()
                .map(c -> c.name() + " · " + c.quantity() + " · " + money.format(c.revenue())).toList(), "mobile.today.no_sales"));
        next.add(card("today-payments", "mobile.today.payment_mix", d.paymentMix().stream()
                .map(m -> messages.get("tender." + m.method()) + " · " + money.format(m.amount()) + " · " + m.sharePercent() + " %")
                .toList(), "mobile.today.no_payments"));
        next.add(facts("today-customers", "mobile.today.customers", TodayViewModel.customers(d), money));
        next.add(facts("today-inventory", "mobile.today.inventory", TodayViewModel.inventory(d), money));
        next.add(facts("today-staff", "mobile.today.staff", TodayViewModel.staff(d), money));
        if (d.organisation()) {
            next.add(card("today-locations", "mobile.today.locations", d.locations().stream()
                    .map(l -> l.name() + " · " + l.orders() + " · " + money.format(l.revenue())).toList(), "mobile.today.no_sales"));
        }
        cards.getChildren().setAll(next);
        share(cards, CARD_MIN_WIDTH);
        share(tiles, TILE_MIN_WIDTH);
    }

    private Node tile(TodayViewModel.Kpi k, MoneyFormat money) {
        Label value = new Label(k.money() ? money.format(k.value()) : k.value().toPlainString());
        value.getStyleClass().add("kpi-value");
        value.setId("kpi-" + k.key().substring(k.key().lastIndexOf('.') + 1));
        VBox tile = new VBox(4, new Label(messages.get(k.key())), value, trend("mobile.today.vs_yesterday", k.vsYesterday()),
                trend("mobile.today.vs_last_week", k.vsLastWeek()));
        tile.getStyleClass().addAll("card", "kpi-tile");
        return tile;
    }

    private void showChart(TodayViewModel.Today today) {
        XYChart.Series<Number, Number> now = new XYChart.Series<>();
        now.setName(messages.get("mobile.today.today"));
        XYChart.Series<Number, Number> lastWeek = new XYChart.Series<>();
        lastWeek.setName(messages.get("mobile.today.last_week"));
        XYChart.Series<Number, Number> expected = new XYChart.Series<>();
        expected.setName(messages.get("mobile.today.expected"));
        List<BandChart.Band> band = new ArrayList<>();
        List<TodayViewModel.HourPoint> points = model.hoursSoFar(today);
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
        double top = points.stream().flatMap(p -> java.util.stream.Stream.of(p.revenue(), p.lastWeek(), p.high()))
                .filter(java.util.Objects::nonNull).mapToDouble(BigDecimal::doubleValue).max().orElse(0);
        amounts.setAutoRanging(false);
        amounts.setLowerBound(0);
        amounts.setUpperBound(niceCeiling(top));
        amounts.setTickUnit(niceCeiling(top) / 5);
    }

    /** A round number at or above {@code value} for the top of the axis (10 when there is nothing to show). */
    static double niceCeiling(double value) {
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

    private Label trend(String key, BigDecimal percent) {
        Label label = new Label(percent == null ? messages.get(key, messages.get("mobile.today.not_measured"))
                : messages.get(key, (percent.signum() > 0 ? "+" : "") + percent + " %"));
        label.getStyleClass().addAll("trend", percent == null ? "none" : percent.signum() >= 0 ? "up" : "down");
        label.setWrapText(true);
        return label;
    }

    /** A card of lines, or of the one line saying there is nothing yet. */
    private VBox card(String id, String titleKey, List<String> rows, String emptyKey) {
        VBox box = titled(id, titleKey);
        if (rows.isEmpty()) {
            box.getChildren().add(emptyNote(messages, emptyKey));
        }
        rows.forEach(r -> {
            Label row = new Label(r);
            row.setWrapText(true);
            box.getChildren().add(row);
        });
        return box;
    }

    /** A card of figures, each on a line with its name on the left. */
    private VBox facts(String id, String titleKey, List<TodayViewModel.Fact> facts, MoneyFormat money) {
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

    private VBox titled(String id, String titleKey) {
        Label heading = new Label(messages.get(titleKey));
        heading.getStyleClass().add("section-title");
        VBox box = new VBox(4, heading);
        box.setId(id);
        box.getStyleClass().addAll("card", "today-card");
        return box;
    }

    /** As many of {@code pane}'s children abreast as fit at {@code least} wide (no more than there are), sharing the row. */
    private static void share(FlowPane pane, double least) {
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
