package cloud.olympus.server.workforce;

import cloud.olympus.server.shared.domain.Conflict;

/**
 * The time clock is for people with an active staff profile: the caller's permissions allow it, their
 * standing at the business does not yet (409, reason {@code no_staff_profile}).
 */
public class NoStaffProfile extends Conflict {

    public NoStaffProfile() {
        super("You have no active staff profile at this business; a manager adds one");
        with("reason", "no_staff_profile");
    }
}
