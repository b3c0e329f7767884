package cloud.olympus.mobile;

import cloud.olympus.client.manager.Dashboard;
import cloud.olympus.fx.figures.BandChart;
import cloud.olympus.fx.figures.DayFigures;
import cloud.olympus.fx.figures.PlacePicker;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.manager.TodayViewModel;
import java.util.List;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The day at a glance: tiles with their trend, sales by hour against last week with the forecast's
 * band, then cards (two or three abreast on a tablet, one under another on a phone): peak hours,
 * best sellers and categories, payment mix, customers, stock, staff and, for an organisation, its
 * locations. A card with nothing to show says so.
 */
final class TodayView extends ScreenFrameHolder {

    private static final double CARD_MIN_WIDTH = 280;
    /** Three tiles abreast even on a phone; narrower than {@link DayFigures#TILE_ROOMY}, a tile is drawn compact. */
    private static final double TILE_MIN_WIDTH = 100;

    private final TodayViewModel model;
    private final DayFigures figures;
    private final FlowPane tiles = new FlowPane(12, 12);
    private final NumberAxis amounts = new NumberAxis();
    private final BandChart chart;
    private final FlowPane cards = new FlowPane(12, 12);

    TodayView(TodayViewModel model, Messages messages) {
        this.model = model;
        this.figures = new DayFigures(messages);
        PlacePicker place = new PlacePicker(model.places(), model.placeProperty(), messages);
        place.setId("today-place");
        tiles.setId("today-tiles");
        chart = DayFigures.hourChart(amounts);
        chart.setId("today-chart");
        chart.setTitle(messages.get("mobile.today.by_hour"));
        chart.setPrefHeight(280);
        chart.setMinHeight(220);
        chart.visibleProperty().bind(model.figures().valueProperty().isNotNull());
        chart.managedProperty().bind(chart.visibleProperty());
        cards.setId("today-cards");
        cards.widthProperty().addListener((obs, old, now) -> DayFigures.share(cards, CARD_MIN_WIDTH));
        tiles.widthProperty().addListener((obs, old, now) -> DayFigures.share(tiles, TILE_MIN_WIDTH));
        VBox content = new VBox(12, place, tiles, chart, cards);
        content.getStyleClass().add("screen-content");
        model.figures().valueProperty().addListener((obs, old, today) -> show(today));
        show(model.figures().value());
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        frame("today", model.figures(), scroll, messages);
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
        tiles.getChildren().setAll(figures.tiles(d));
        figures.showHours(chart, amounts, model.hoursSoFar(today));
        cards.getChildren().setAll(figures.cards(d));
        DayFigures.share(cards, CARD_MIN_WIDTH);
        DayFigures.share(tiles, TILE_MIN_WIDTH);
    }
}
