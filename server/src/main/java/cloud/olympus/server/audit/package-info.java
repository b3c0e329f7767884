/**
 * The audit trail: who did what sensitive thing, when, from which device, with the state before
 * and after. Entries are written from the events the other modules publish, after their change
 * committed, into an append-only table the application role may read and add to and nothing else.
 * Owners and admins read it ({@code GET /api/v1/audit}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit",
        allowedDependencies = {"shared", "platform", "auth", "commerce", "inventory", "customer", "workforce", "approvals"})
package cloud.olympus.server.audit;
