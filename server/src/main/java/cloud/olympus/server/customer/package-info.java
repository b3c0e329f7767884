/**
 * Customer profiles and loyalty: points accrue when an order completes and go back when it is
 * refunded, once per order whatever the event delivery; tiers follow lifetime spend; points pay as
 * a tender.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customer",
        allowedDependencies = {"shared", "platform", "auth", "commerce"})
package cloud.olympus.server.customer;
