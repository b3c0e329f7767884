package cloud.olympus.mobile;

import cloud.olympus.client.manager.Dashboard;
import cloud.olympus.client.manager.Place;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.i18n.MoneyFormat;
import cloud.olympus.fx.manager.TodayViewModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The day at a glance: tiles with their trend, sales by hour against last week and the forecast's band, best sellers, payment mix. */
final class TodayView extends ScreenFrameHolder {

    TodayView(TodayViewModel model, Messages messages) {
        ComboBox<Place> place = new ComboBox<>();
        place.setId("today-place");
        place.setPromptText(messages.get("mobile.today.whole"));
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
        place.valueProperty().bindBidirectional(model.placeProperty());
        place.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.places()));
        place.managedProperty().bind(place.visibleProperty());

        FlowPane tiles = new FlowPane(12, 12);
        tiles.setId("today-tiles");
        NumberAxis hours = new NumberAxis(0, 23, 3);
        NumberAxis amounts = new NumberAxis();
        BandChart chart = new BandChart(hours, amounts);
        chart.setId("today-chart");
        chart.setTitle(messages.get("mobile.today.by_hour"));
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.setPrefHeight(280);
        VBox lists = new VBox(8);
        VBox content = new VBox(12, place, tiles, chart, lists);
        content.getStyleClass().add("screen-content");
        model.figures().valueProperty().addListener((obs, old, today) -> show(today, tiles, chart, lists, messages));
        show(model.figures().value(), tiles, chart, lists, messages);
        chart.visibleProperty().bind(model.figures().valueProperty().isNotNull());
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        frame("today", model.figures(), scroll, messages);
    }

    private static void show(TodayViewModel.Today today, FlowPane tiles, BandChart chart, VBox lists, Messages messages) {
        if (today == null || today.dashboard() == null) {
            tiles.getChildren().clear();
            chart.getData().clear();
            lists.getChildren().clear();
            return;
        }
        Dashboard d = today.dashboard();
        MoneyFormat money = MoneyFormat.of(messages, d.currency());
        tiles.getChildren().setAll(TodayViewModel.kpis(d).stream().map(k -> {
            Label value = new Label(k.money() ? money.format(k.value()) : k.value().toPlainString());
            value.getStyleClass().add("kpi-value");
            VBox tile = new VBox(4, new Label(messages.get(k.key())), value, trend(messages, "mobile.today.vs_yesterday", k.vsYesterday()),
                    trend(messages, "mobile.today.vs_last_week", k.vsLastWeek()));
            tile.getStyleClass().addAll("card", "kpi-tile");
            return tile;
        }).toList());
        XYChart.Series<Number, Number> now = new XYChart.Series<>();
        now.setName(messages.get("mobile.today.today"));
        XYChart.Series<Number, Number> lastWeek = new XYChart.Series<>();
        lastWeek.setName(messages.get("mobile.today.last_week"));
        XYChart.Series<Number, Number> expected = new XYChart.Series<>();
        expected.setName(messages.get("mobile.today.expected"));
        List<BandChart.Band> band = new ArrayList<>();
        for (TodayViewModel.HourPoint p : TodayViewModel.hours(today)) {
            now.getData().add(new XYChart.Data<>(p.hour(), p.revenue()));
            lastWeek.getData().add(new XYChart.Data<>(p.hour(), p.lastWeek()));
            if (p.expected() != null) {
                expected.getData().add(new XYChart.Data<>(p.hour(), p.expected()));
                band.add(new BandChart.Band(p.hour(), p.low().doubleValue(), p.high().doubleValue()));
            }
        }
        chart.getData().setAll(List.of(now, lastWeek, expected));
        chart.band(band);
        lists.getChildren().setAll(section(messages.get("mobile.today.top_products"), d.topProducts().stream()
                .map(p -> p.name() + " · " + p.quantity().stripTrailingZeros().toPlainString() + " · " + money.format(p.revenue()))
                .toList(), "today-top"));
        lists.getChildren().add(section(messages.get("mobile.today.payment_mix"), d.paymentMix().stream()
                .map(m -> messages.get("tender." + m.method()) + " · " + money.format(m.amount()) + " · " + m.sharePercent() + "%")
                .toList(), "today-payments"));
    }

    private static Label trend(Messages messages, String key, BigDecimal percent) {
        Label label = new Label(percent == null ? "" : messages.get(key, (percent.signum() > 0 ? "+" : "") + percent + "%"));
        label.getStyleClass().addAll("trend", percent == null || percent.signum() >= 0 ? "up" : "down");
        return label;
    }

    private static VBox section(String title, List<String> rows, String id) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        VBox box = new VBox(4, heading);
        box.setId(id);
        rows.forEach(r -> box.getChildren().add(new Label(r)));
        box.getStyleClass().add("card");
        return box;
    }
}
