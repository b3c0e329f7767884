/**
 * Analytics: the sales rolled up as orders complete and are refunded (per hour, per hour and item,
 * per hour and payment method, and the days each known customer bought), counted as commerce counts
 * them, once per event whatever the delivery, and rebuilt from the orders on demand; the dashboard of
 * a business day read from them, and questions asked of them through an allow-list.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics",
        allowedDependencies = {"shared", "platform", "auth", "commerce", "inventory", "customer", "workforce"})
package cloud.olympus.server.analytics;
