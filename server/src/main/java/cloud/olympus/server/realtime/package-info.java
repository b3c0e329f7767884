/**
 * Live events for screens: what happens to orders, stock, alerts (stock and staffing) and the day's sales is written,
 * after the change commits, to a numbered journal per business and announced through PostgreSQL
 * NOTIFY, so that every server instance hears it and pushes it to its WebSocket subscribers
 * ({@code /ws}). A subscriber that lost its connection resumes from its last number while the
 * journal still holds what it missed, and is told to reload otherwise.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Realtime",
        allowedDependencies = {"shared", "platform", "auth", "commerce", "inventory", "workforce", "approvals"})
package cloud.olympus.server.realtime;
