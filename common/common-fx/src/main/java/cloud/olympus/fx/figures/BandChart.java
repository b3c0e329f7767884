package cloud.olympus.fx.figures;

import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.shape.Polygon;

/** A line chart with a shaded band behind its lines: the forecast's interval, low to high, hour by hour. */
public final class BandChart extends LineChart<Number, Number> {

    /** One hour of the band. */
    public record Band(int hour, double low, double high) {
    }

    private final Polygon band = new Polygon();
    private List<Band> points = List.of();

    public BandChart(NumberAxis hours, NumberAxis amounts) {
        super(hours, amounts);
        band.getStyleClass().add("forecast-band");
        band.setManaged(false);
    }

    /** Draws {@code next} as the band, hour by hour; none when empty. */
    public void band(List<Band> next) {
        points = List.copyOf(next);
        requestChartLayout();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        band.getPoints().clear();
        if (!points.isEmpty()) {
            for (Band b : points) {
                band.getPoints().addAll(getXAxis().getDisplayPosition(b.hour()), getYAxis().getDisplayPosition(b.high()));
            }
            for (int i = points.size() - 1; i >= 0; i--) {
                Band b = points.get(i);
                band.getPoints().addAll(getXAxis().getDisplayPosition(b.hour()), getYAxis().getDisplayPosition(b.low()));
            }
        }
        if (!getPlotChildren().contains(band)) {
            getPlotChildren().add(0, band);
        }
    }
}
