package cloud.olympus.server.workforce;

import cloud.olympus.server.shared.domain.NotAllowed;

/** The time clock is for people with an active staff profile. */
public class NoStaffProfile extends NotAllowed {

    public NoStaffProfile() {
        super("You have no active staff profile at this business; a manager adds one");
        with("reason", "no_staff_profile");
    }
}
