package cloud.olympus.fx.timeclock;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The time clock's view model as the views hold it. */
class TimeClockViewModelTest {

    @Test
    void theActionsAreOneListThatKeepsItsListeners() {
        // A read-only view made afresh for each caller could be collected with the listener a view adds to it.
        TimeClockViewModel model = new TimeClockViewModel(() -> null, Runnable::run, Runnable::run);
        assertThat(model.actions()).isSameAs(model.actions()).isEmpty();
        assertThat(model.availableProperty().get()).isFalse();
    }
}
