package cloud.olympus.server.workforce;

import cloud.olympus.server.shared.domain.NotAllowed;

/** Clocking in, or taking a shift, at a place that is not among the person's locations. */
public class NotYourLocation extends NotAllowed {

    public NotYourLocation() {
        super("This location is not among the places you work at");
        with("reason", "not_your_location");
    }
}
