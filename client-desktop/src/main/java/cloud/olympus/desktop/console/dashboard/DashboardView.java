package cloud.olympus.desktop.console.dashboard;

import cloud.olympus.client.manager.Dashboard;
import cloud.olympus.fx.figures.BandChart;
import cloud.olympus.fx.figures.DayFigures;
import cloud.olympus.fx.figures.FigureCharts;
import cloud.olympus.fx.figures.FiguresFrame;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.manager.TodayViewModel;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.Chart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The dashboard: the day's tiles across the top, then the charts (sales by hour against last week
 * with the forecast's band, the last four weeks day by day, labour against sales by hour, the best
 * sellers, the payment mix), then the day's cards (peak hours, customers, stock, staff, ...). On a
 * wide window the charts stand three abreast in two rows, all of them in view with the tiles at
 * 1440×900; on a narrower one, two abreast, labour against sales across the bottom, scrolled to.
 */
final class DashboardView extends VBox {

    private static final double CARD_MIN_WIDTH = 260;
    private static final double TILE_MIN_WIDTH = 200;
    private static final double CHART_HEIGHT = 300;
    /** The narrowest the charts' grid may be to take three charts abreast. */
    private static final double THREE_ABREAST = 1100;

    private final DashboardViewModel model;
    private final DayFigures figures;
    private final FigureCharts charts;
    private final FlowPane tiles = new FlowPane(12, 12);
    private final NumberAxis amounts = new NumberAxis();
    private final BandChart byHour;
    private final LineChart<Number, Number> trend;
    private final BarChart<Number, String> top;
    private final PieChart payments;
    private final BarChart<String, Number> labour;
    private final FlowPane cards = new FlowPane(12, 12);
    private final Label noSales;
    private final Label noPayments;
    private final GridPane grid = new GridPane(12, 12);
    private final StackPane topCell;
    private final StackPane paymentsCell;
    private int columns;

    DashboardView(DashboardViewModel model, Messages messages) {
        this.model = model;
        this.figures = new DayFigures(messages);
        this.charts = new FigureCharts(messages);
        setId("console-dashboard");
        getStyleClass().add("console-screen");
        tiles.setId("dashboard-tiles");
        byHour = chart(DayFigures.hourChart(amounts), "dashboard-by-hour");
        byHour.setTitle(messages.get("mobile.today.by_hour"));
        trend = chart(charts.trendChart(), "dashboard-trend");
        top = chart(charts.topChart(), "dashboard-top");
        payments = chart(charts.paymentChart(), "dashboard-payments");
        labour = chart(charts.labourChart(), "dashboard-labour");
        noSales = figures.emptyNote("mobile.today.no_sales");
        noPayments = figures.emptyNote("mobile.today.no_payments");
        topCell = noted(top, noSales);
        paymentsCell = noted(payments, noPayments);
        grid.setId("dashboard-charts");
        arrange(2);
        grid.widthProperty().addListener((obs, old, now) -> arrange(now.doubleValue() >= THREE_ABREAST ? 3 : 2));
        cards.setId("dashboard-cards");
        cards.widthProperty().addListener((obs, old, now) -> DayFigures.share(cards, CARD_MIN_WIDTH));
        tiles.widthProperty().addListener((obs, old, now) -> DayFigures.share(tiles, TILE_MIN_WIDTH));
        VBox content = new VBox(12, tiles, grid, cards);
        content.getStyleClass().add("screen-content");
        grid.visibleProperty().bind(model.today().valueProperty().isNotNull());
        grid.managedProperty().bind(grid.visibleProperty());
        model.today().valueProperty().addListener((obs, old, today) -> show(today));
        model.beyond().valueProperty().addListener((obs, old, beyond) -> showBeyond(beyond));
        show(model.today().value());
        showBeyond(model.beyond().value());
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId("dashboard-scroll");
        scroll.setFitToWidth(true);
        FiguresFrame frame = new FiguresFrame("dashboard", model.today(), scroll, messages);
        VBox.setVgrow(frame, Priority.ALWAYS);
        getChildren().setAll(frame);
    }

    /**
     * Lays the charts out {@code count} abreast: three in two rows (the hours, the four weeks and labour,
     * then the best sellers across two columns beside the payment mix); or two in three rows, labour
     * across the bottom.
     */
    private void arrange(int count) {
        if (count == columns) {
            return;
        }
        columns = count;
        ColumnConstraints[] share = new ColumnConstraints[count];
        for (int i = 0; i < count; i++) {
            share[i] = new ColumnConstraints();
            share[i].setPercentWidth(100.0 / count);
            share[i].setHgrow(Priority.ALWAYS);
        }
        grid.getChildren().clear();
        List.of(byHour, trend, labour, topCell, paymentsCell).forEach(GridPane::clearConstraints);
        grid.getColumnConstraints().setAll(share);
        if (count == 3) {
            grid.addRow(0, byHour, trend, labour);
            grid.add(topCell, 0, 1, 2, 1);
            grid.add(paymentsCell, 2, 1);
        } else {
            grid.addRow(0, byHour, trend);
            grid.addRow(1, topCell, paymentsCell);
            grid.add(labour, 0, 2, 2, 1);
        }
    }

    private static <C extends Chart> C chart(C chart, String id) {
        chart.setId(id);
        chart.setPrefHeight(CHART_HEIGHT);
        chart.setMinHeight(240);
        chart.setMinWidth(0);
        return chart;
    }

    /** {@code chart} with {@code note} over it, shown while the chart has nothing to draw. */
    private static StackPane noted(Chart chart, Label note) {
        note.setVisible(false);
        return new StackPane(chart, note);
    }

    private void show(TodayViewModel.Today today) {
        if (today == null || today.dashboard() == null) {
            tiles.getChildren().clear();
            byHour.getData().clear();
            byHour.band(List.of());
            cards.getChildren().clear();
            return;
        }
        Dashboard d = today.dashboard();
        tiles.getChildren().setAll(figures.tiles(d));
        figures.showHours(byHour, amounts, model.hoursSoFar(today));
        charts.showTop(top, d);
        charts.showPayments(payments, d);
        noSales.setVisible(d.topProducts().isEmpty());
        noPayments.setVisible(payments.getData().isEmpty());
        List<Node> next = figures.cards(d).stream()
                .filter(n -> !"today-top".equals(n.getId()) && !"today-payments".equals(n.getId())).toList();
        cards.getChildren().setAll(next);
        DayFigures.share(cards, CARD_MIN_WIDTH);
        DayFigures.share(tiles, TILE_MIN_WIDTH);
    }

    private void showBeyond(DashboardViewModel.Beyond beyond) {
        if (beyond == null) {
            trend.getData().clear();
            labour.getData().clear();
            return;
        }
        charts.showTrend(trend, DashboardViewModel.everyDay(beyond));
        charts.showLabour(labour, beyond.labour());
    }
}
