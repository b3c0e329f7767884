/**
 * Reports: the end-of-day (Z) report of a location's business day with its cash drawers, sales over
 * a run of days (per day, category, item and tender, read from the analytics rollups), and hours
 * and labour cost per person from the workforce's time entries. Owns no data of its own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports",
        allowedDependencies = {"shared", "platform", "auth", "commerce", "analytics", "workforce"})
package cloud.olympus.server.reports;
