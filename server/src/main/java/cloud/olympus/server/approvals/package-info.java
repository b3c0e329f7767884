/**
 * Approvals: a till asks for a manager's yes (a cashier's refund, a discount that is a manager's to
 * give) and a manager answers from afar, on a tablet or a watch, within a short time; an approved
 * request unlocks that one action, once. Publishes each request and each decision (expiry included)
 * for the audit trail and the live screens.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Approvals",
        allowedDependencies = {"shared", "platform", "auth"})
package cloud.olympus.server.approvals;
