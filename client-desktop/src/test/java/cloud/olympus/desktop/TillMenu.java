package cloud.olympus.desktop;

import cloud.olympus.fx.shell.FxQueries;
import java.util.concurrent.TimeUnit;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The till's "More" menu in the top bar, opened and one of its items chosen, as a cashier does.
 * With a panel open over the till, a click on the top bar closes the panel instead: close it first.
 */
final class TillMenu {

    private TillMenu() {
    }

    /** Opens the menu and clicks the item with this query, e.g. {@code #theme-item}. */
    static void choose(FxRobot robot, String item) throws Exception {
        robot.clickOn("#till-menu");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> FxQueries.showing(robot, item));
        robot.clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
