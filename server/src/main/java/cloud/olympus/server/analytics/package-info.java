/**
 * Analytics: the takings of every hour rolled up as orders complete and are refunded, counted as
 * commerce counts them, once per event whatever the delivery, and rebuilt from the orders on demand.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics",
        allowedDependencies = {"shared", "platform", "auth", "commerce", "inventory", "customer", "workforce"})
package cloud.olympus.server.analytics;
