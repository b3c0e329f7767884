/**
 * Orders and money: orders priced from the catalogue with the shared price calculator, stock
 * reserved in the same transaction, order numbers per business day, status changes along the
 * order state machine, split payments and refunds. Publishes what happened as events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Commerce",
        allowedDependencies = {"shared", "platform", "auth", "inventory", "approvals"})
package cloud.olympus.server.commerce;
