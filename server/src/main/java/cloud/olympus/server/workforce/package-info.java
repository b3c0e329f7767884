/**
 * The workforce: staff profiles and the jobs they do (staff roles, with the permissions each adds),
 * the planned schedule (shifts, templates, open shifts), the time clock with breaks, manager
 * corrections and overtime, timesheets per pay period, labour cost against sales, and staffing
 * alerts for hours with more orders than the people on shift can take.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workforce",
        allowedDependencies = {"shared", "platform", "auth", "commerce"})
package cloud.olympus.server.workforce;
