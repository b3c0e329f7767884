package cloud.olympus.fx.shell;

import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotException;
import org.testfx.robot.Motion;
import org.testfx.service.query.PointQuery;
import org.testfx.service.query.impl.CallableBoundsPointQuery;
import org.testfx.util.NodeQueryUtils;

/**
 * A TestFX robot that finds what it clicks, drags or moves to on the JavaFX thread. The stock robot
 * looks the node up, checks it is visible and measures it from the test's thread, which can fail
 * half-way while the app changes the scene (a list read again, a message appearing); here the
 * lookup and every measure of where to aim are made on the JavaFX thread, and the robot then moves
 * and clicks as usual.
 */
public class SteadyRobot extends FxRobot {

    @Override
    public FxRobot clickOn(String query, Motion motion, MouseButton... buttons) {
        return clickOn(visiblePoint(query), motion, buttons);
    }

    @Override
    public FxRobot doubleClickOn(String query, Motion motion, MouseButton... buttons) {
        return doubleClickOn(visiblePoint(query), motion, buttons);
    }

    @Override
    public FxRobot rightClickOn(String query, Motion motion) {
        return rightClickOn(visiblePoint(query), motion);
    }

    @Override
    public FxRobot moveTo(String query, Motion motion) {
        return moveTo(visiblePoint(query), motion);
    }

    @Override
    public FxRobot drag(String query, MouseButton... buttons) {
        return drag(visiblePoint(query), buttons);
    }

    @Override
    public FxRobot dropTo(String query) {
        return dropTo(visiblePoint(query));
    }

    /**
     * The centre of the first visible node matching {@code query}, found on the JavaFX thread; where it
     * is on screen is asked again, on the JavaFX thread, each time the robot aims (the node may still
     * be moving into place while the mouse travels).
     */
    private PointQuery visiblePoint(String query) {
        Node node = FxQueries.onFxThread(() -> lookup(query).match(NodeQueryUtils.isVisible()).tryQuery()
                .orElseThrow(() -> new FxRobotException("the query \"" + query + "\" returned no visible node.")));
        // As the stock robot does: what is typed next goes to the window of the node aimed at.
        targetWindow(FxQueries.onFxThread(() -> node.getScene().getWindow()));
        return new CallableBoundsPointQuery(() -> FxQueries.onFxThread(() -> bounds(node).query()), node)
                .atPosition(robotContext().getPointPosition());
    }
}
