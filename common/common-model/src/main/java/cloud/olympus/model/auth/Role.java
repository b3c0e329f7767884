package cloud.olympus.model.auth;

import cloud.olympus.model.WireNames;
import java.util.Optional;

/**
 * What a user may do inside one tenant. The wire form is the lower-case name ({@code "owner"}),
 * which is also what access tokens carry in their {@code roles} claim.
 */
public enum Role {
    /** Owns the business: everything, including other owners and tenant settings. */
    OWNER,
    /** Runs the back office: users, catalogue, settings; cannot appoint owners. */
    ADMIN,
    /** Runs a shift: refunds, discounts, approvals, reports. */
    MANAGER,
    /** Rings up sales at the till. */
    CASHIER,
    /** Takes orders at the table. */
    SERVER,
    /** Prepares orders and marks them ready. */
    KITCHEN;

    /** The name used on the wire and in tokens. */
    public String wireName() {
        return WireNames.of(this);
    }

    /** Reads a wire name, ignoring case; empty when no role has that name. */
    public static Optional<Role> fromWireName(String value) {
        return WireNames.parse(Role.class, value);
    }

    /** Whether a holder of this role may grant {@code other} to a user. */
    public boolean mayGrant(Role other) {
        return switch (this) {
            case OWNER -> true;
            case ADMIN -> other != OWNER;
            default -> false;
        };
    }
}
