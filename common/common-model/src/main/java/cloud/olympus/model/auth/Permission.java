package cloud.olympus.model.auth;

import cloud.olympus.model.WireNames;
import java.util.Optional;

/**
 * Something a person may do in a business. Endpoints require a permission, never a role; which
 * roles grant which permissions is {@link AccessPolicy}'s table alone. The wire form is the
 * lower-case name ({@code "order_refund"}), as {@code GET /api/v1/users/me} lists them.
 */
public enum Permission {
    /** See the business's profile, branding and settings that tills need. */
    TENANT_VIEW,
    /** Change the business's settings and branding. */
    TENANT_SETTINGS,
    /** See the organisation's locations. */
    LOCATION_VIEW,
    /** Open, rename, close and reopen the organisation's locations. */
    LOCATION_CREATE,
    /** Act for one of the organisation's locations ({@code X-Tenant-Id}). */
    LOCATION_ACT,
    /** See events the server set aside for an operator. */
    OPERATIONS_VIEW,
    /** Create, change and remove users, and see them. */
    USER_ADMIN,
    /** See the catalogue: items, prices, categories. */
    CATALOGUE_VIEW,
    /** Create and change items and categories. */
    CATALOGUE_EDIT,
    /** See an item's stock movements. */
    STOCK_VIEW,
    /** Count stock and record receipts, waste and corrections. */
    STOCK_ADJUST,
    /** See stock alerts. */
    ALERT_VIEW,
    /** Acknowledge a stock alert. */
    ALERT_ACKNOWLEDGE,
    /** See orders and sales. */
    ORDER_VIEW,
    /** Place an order to be paid. */
    ORDER_CREATE,
    /** Record a sale a till finished. */
    SALE_RECORD,
    /** Move an order through the kitchen: preparing, ready. */
    ORDER_PREPARE,
    /** Confirm, complete or cancel an order. */
    ORDER_MANAGE,
    /** Take a payment for an order. */
    PAYMENT_TAKE,
    /** Refund an order's payments. */
    ORDER_REFUND,
    /** Clear a recorded sale's review after checking it. */
    ORDER_REVIEW,
    /** Give a discount on an order or sale. */
    DISCOUNT_APPLY,
    /** Enter the price of an open-priced item. */
    OPEN_PRICE_ENTER,
    /** Find customers and see their loyalty. */
    CUSTOMER_VIEW,
    /** Add and change customers. */
    CUSTOMER_EDIT,
    /** Hand a customer a copy of everything held about them, and erase their personal data at their request. */
    CUSTOMER_PRIVACY,
    /** See the business's figures: live sales on the dashboard, reports. */
    REPORTS_VIEW,
    /** See the audit trail: who did what sensitive thing, when, before and after. */
    AUDIT_VIEW,
    /** Clock in and out and take breaks on one's own time clock. */
    TIME_CLOCK,
    /** See the schedule: shifts, open shifts, who works when. */
    SCHEDULE_VIEW,
    /** Plan shifts, shift templates and copy a week's schedule. */
    SCHEDULE_EDIT,
    /** See staff profiles with their pay rates, who is on shift, and labour costs. */
    STAFF_VIEW,
    /** Add and change staff profiles, staff roles and their permissions, and workforce rules. */
    STAFF_ADMIN,
    /** Correct anyone's time entries with a reason, and see timesheets. */
    TIME_CORRECT,
    /** Approve a person's time entries of a run of days, and withdraw an approval. */
    TIMESHEET_APPROVE,
    /** Register, list and revoke shared terminals, and unlock a locked PIN. */
    DEVICE_MANAGE,
    /** See the requests for a manager's approval and approve or decline them from afar. */
    APPROVAL_DECIDE,
    /** Open a till's cash drawer with a float, pay cash in and out with a reason, count it at close. */
    CASH_DRAWER,
    /** See what a drawer should hold against what was counted, and the difference. */
    CASH_RECONCILE,
    /** Take a copy of all the business's data, every table, to keep or to move elsewhere. */
    DATA_EXPORT;

    public String wireName() {
        return WireNames.of(this);
    }

    public static Optional<Permission> fromWireName(String value) {
        return WireNames.parse(Permission.class, value);
    }
}
