package cloud.olympus.desktop;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The till's "More" menu in the top bar, opened and one of its items chosen, as a cashier does. */
final class TillMenu {

    private TillMenu() {
    }

    /** Opens the menu and clicks the item with this query, e.g. {@code #theme-item}. */
    static void choose(FxRobot robot, String item) {
        robot.clickOn("#till-menu");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
