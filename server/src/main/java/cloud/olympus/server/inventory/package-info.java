/**
 * The catalogue and its stock: items with prices, tax classes, barcodes and modifiers, and a
 * ledger in which every change of stock is a row. Orders reserve, release and sell stock through
 * {@link cloud.olympus.server.inventory.StockLedger} inside their own transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inventory", allowedDependencies = {"shared", "platform", "auth"})
package cloud.olympus.server.inventory;
