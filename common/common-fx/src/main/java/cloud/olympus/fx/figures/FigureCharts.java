package cloud.olympus.fx.figures;

import cloud.olympus.client.manager.Dashboard;
import cloud.olympus.client.manager.DaySales;
import cloud.olympus.client.manager.LabourHour;
import cloud.olympus.fx.i18n.Messages;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.ValueAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

/**
 * Charts of a business's figures beyond the day's sales by hour ({@link DayFigures}): the trend day
 * by day, labour against sales hour by hour, the payment mix and the best sellers. Each is built
 * once and drawn again with fresh figures.
 */
public final class FigureCharts {

    private final Messages messages;

    public FigureCharts(Messages messages) {
        this.messages = messages;
    }

    /** Revenue day by day, the days named a week apart, the last day among them. */
    public LineChart<Number, Number> trendChart() {
        LineChart<Number, Number> chart = new LineChart<>(new WeekAxis(), new NumberAxis());
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setLegendVisible(false);
        chart.setVerticalZeroLineVisible(false);
        chart.setTitle(messages.get("console.dashboard.trend"));
        return chart;
    }

    /** Draws {@code days} (every day of the period, oldest first) on a chart from {@link #trendChart()}. */
    public void showTrend(LineChart<Number, Number> chart, List<DaySales> days) {
        DateTimeFormatter date = DateTimeFormatter.ofPattern("d MMM", messages.locale());
        XYChart.Series<Number, Number> revenue = new XYChart.Series<>();
        revenue.setName(messages.get("mobile.today.revenue"));
        for (int i = 0; i < days.size(); i++) {
            revenue.getData().add(new XYChart.Data<>(i, days.get(i).revenue()));
        }
        chart.getData().setAll(List.of(revenue));
        WeekAxis axis = (WeekAxis) chart.getXAxis();
        int last = Math.max(0, days.size() - 1);
        axis.lastDay(last);
        axis.setLowerBound(-0.5);
        // Room on the right, so the last day's name fits under it.
        axis.setUpperBound(last + 1.5);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number index) {
                int i = (int) Math.round(index.doubleValue());
                return i < 0 || i >= days.size() ? "" : date.format(days.get(i).day());
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        DayFigures.scale((NumberAxis) chart.getYAxis(), days.stream().map(DaySales::revenue));
    }

    /** Sales and the cost of the people at work, hour by hour, side by side. */
    public BarChart<String, Number> labourChart() {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        chart.setAnimated(false);
        chart.setTitle(messages.get("console.dashboard.labour"));
        chart.setBarGap(1);
        chart.setCategoryGap(6);
        return chart;
    }

    /** The hours that sold something or had someone at work. */
    public void showLabour(BarChart<String, Number> chart, List<LabourHour> hours) {
        XYChart.Series<String, Number> sales = new XYChart.Series<>();
        sales.setName(messages.get("console.dashboard.sales"));
        XYChart.Series<String, Number> labour = new XYChart.Series<>();
        labour.setName(messages.get("console.dashboard.labour_cost"));
        hours.stream().filter(h -> signum(h.revenue()) > 0 || signum(h.labourCost()) > 0).forEach(h -> {
            String hour = String.format("%02d", h.hour().getHour());
            sales.getData().add(new XYChart.Data<>(hour, orZero(h.revenue())));
            labour.getData().add(new XYChart.Data<>(hour, orZero(h.labourCost())));
        });
        chart.getData().setAll(List.of(sales, labour));
        DayFigures.scale((NumberAxis) chart.getYAxis(), hours.stream().flatMap(h -> Stream.of(h.revenue(), h.labourCost())));
    }

    /** The day's takings by way of payment, each slice named with its share. */
    public PieChart paymentChart() {
        PieChart chart = new PieChart();
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setTitle(messages.get("mobile.today.payment_mix"));
        return chart;
    }

    public void showPayments(PieChart chart, Dashboard d) {
        chart.getData().setAll(d.paymentMix().stream().filter(m -> signum(m.amount()) > 0)
                .map(m -> new PieChart.Data(messages.get("tender." + m.method()) + " " + m.sharePercent() + " %",
                        m.amount().doubleValue())).toList());
    }

    /** The day's best sellers by revenue, the best on top. */
    public BarChart<Number, String> topChart() {
        BarChart<Number, String> chart = new BarChart<>(new NumberAxis(), new CategoryAxis());
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setTitle(messages.get("mobile.today.top_products"));
        return chart;
    }

    public void showTop(BarChart<Number, String> chart, Dashboard d) {
        XYChart.Series<Number, String> revenue = new XYChart.Series<>();
        List<Dashboard.Product> top = d.topProducts().stream().limit(8).toList();
        // A category axis runs bottom up: the best seller goes last to stand on top.
        for (int i = top.size() - 1; i >= 0; i--) {
            revenue.getData().add(new XYChart.Data<>(top.get(i).revenue(), top.get(i).name()));
        }
        chart.getData().setAll(List.of(revenue));
        DayFigures.scale((NumberAxis) chart.getXAxis(), top.stream().map(Dashboard.Product::revenue));
    }

    /**
     * Days numbered from the first (0), each week's last day named, the very last among them; nothing
     * else is ticked, not even the axis's ends, whose empty names would push the last day's name off.
     */
    private static final class WeekAxis extends ValueAxis<Number> {

        private int lastDay;

        WeekAxis() {
            setAutoRanging(false);
            setMinorTickVisible(false);
        }

        void lastDay(int day) {
            lastDay = day;
            invalidateRange();
            requestAxisLayout();
        }

        @Override
        protected List<Number> calculateTickValues(double length, Object range) {
            List<Number> ticks = new ArrayList<>();
            for (int day = lastDay % 7; day <= lastDay; day += 7) {
                ticks.add(day);
            }
            return ticks;
        }

        @Override
        protected List<Number> calculateMinorTickMarks() {
            return List.of();
        }

        @Override
        protected String getTickMarkLabel(Number day) {
            StringConverter<Number> names = getTickLabelFormatter();
            return names == null ? day.toString() : names.toString(day);
        }

        /** The bounds are set with the days, never found from the data. */
        @Override
        protected void setRange(Object range, boolean animate) {
        }

        @Override
        protected Object getRange() {
            return null;
        }
    }

    private static int signum(BigDecimal value) {
        return value == null ? 0 : value.signum();
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
