/**
 * Forecasts of sales and of items' demand from the business's own history, with intervals and
 * backtests measured on that history, and the stock-out risk they imply. What other modules (the
 * assistant) may call.
 */
@org.springframework.modulith.NamedInterface("forecast")
package cloud.olympus.server.analytics.forecast;
