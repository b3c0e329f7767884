/**
 * Demo data for trying Olympus out: four businesses of the four industries, with logins for an
 * owner, a manager and a cashier each, a catalogue fitting each trade, a few hundred customers and
 * 90 days of past orders. Seeded on start with the {@code demo} profile or
 * {@code OLYMPUS_DEMO=true}; seeding again changes nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data", allowedDependencies = {"shared", "platform", "auth", "inventory", "customer", "commerce"})
package cloud.olympus.server.demo;
