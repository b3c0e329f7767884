package cloud.olympus.watch;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The start-up report of an installed watch names the view on its face, not the face. */
class WatchStartupReportTest {

    @ParameterizedTest
    @EnumSource(WatchShape.class)
    void theReportNamesTheViewOnTheFace(WatchShape shape) {
        WatchFace face = new WatchFace(shape);
        Pane pairing = new StackPane(new Pane());
        pairing.setId("pairing");
        face.show(pairing);

        assertThat(new WatchApp().shownView(face)).isEqualTo("pairing");
    }
}
