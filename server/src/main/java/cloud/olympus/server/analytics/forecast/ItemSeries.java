package cloud.olympus.server.analytics.forecast;

/**
 * An item's daily units forecast: the weekly model when the item sells on at least half of the
 * history's days, else the 7-day moving average with a note saying why.
 */
record ItemSeries(SeriesForecast forecast, String note) {

    static ItemSeries of(double[] units, int steps) {
        long soldDays = java.util.Arrays.stream(units).filter(u -> u > 0).count();
        boolean dense = units.length >= HoltWinters.MIN_DAYS && soldDays * 2 >= units.length;
        String note = dense ? null
                : "sold on " + soldDays + " of " + units.length + " days: too sparse for a weekly pattern, 7-day moving average";
        return new ItemSeries(SeriesForecast.of(units, steps, dense), note);
    }
}
