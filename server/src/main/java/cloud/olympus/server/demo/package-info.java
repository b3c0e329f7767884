/**
 * Demo data for trying Olympus out: four businesses of the four industries, with logins for an
 * owner, a manager and a cashier each. Seeded on start with the {@code demo} profile or
 * {@code OLYMPUS_DEMO=true}; seeding again changes nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data", allowedDependencies = {"shared", "platform", "auth"})
package cloud.olympus.server.demo;
