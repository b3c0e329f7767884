package cloud.olympus.fx.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;

/** The start-up report names the view on screen by the first id, depth first. */
class FirstViewIdTest {

    @Test
    void theFirstIdDepthFirstNamesTheView() {
        Pane login = new Pane();
        login.setId("login");
        Pane later = new Pane();
        later.setId("later");
        StackPane root = new StackPane(new VBox(new Pane(), login), later);
        assertThat(OlympusApplication.firstId(root)).isEqualTo("login");
        root.setId("root");
        assertThat(OlympusApplication.firstId(root)).isEqualTo("root");
        assertThat(OlympusApplication.firstId(new StackPane(new Pane()))).isNull();
    }
}
