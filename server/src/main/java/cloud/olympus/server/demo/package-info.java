/**
 * Demo data for trying Olympus out: four businesses of the four industries, with logins for an
 * owner, a manager and a cashier each, a catalogue fitting each trade, a few hundred customers and
 * 90 days of past orders, with the staff, shifts and time clock that served them, a few hours
 * left short of people for the staffing check to find, the sales rollups of that past, and PINs for the
 * demo logins. Seeded on start with the {@code demo} profile or
 * {@code OLYMPUS_DEMO=true}; seeding again changes nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data", allowedDependencies = {"shared", "platform", "auth", "inventory", "customer", "commerce",
        "workforce", "analytics"})
package cloud.olympus.server.demo;
