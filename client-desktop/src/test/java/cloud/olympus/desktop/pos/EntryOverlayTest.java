package cloud.olympus.desktop.pos;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.shell.Screenshots;
import cloud.olympus.fx.shell.SteadyRobot;
import cloud.olympus.fx.theme.ThemeManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Typing a price or a note at the till, on screen and headless: the panel speaks the till's
 * language (its buttons too), says what is wrong with what was typed, and takes what is right.
 * Renders the panels to target/screenshots.
 */
class EntryOverlayTest {

    private final FxRobot robot = new SteadyRobot();
    @RegisterExtension
    final PanelStage panels = new PanelStage();
    private final List<BigDecimal> rung = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private boolean closed;

    @Test
    void anOpenPriceIsTypedInTheTillsLanguageAndBadInputIsSaid() throws Exception {
        Messages german = Messages.forLocale(Locale.GERMAN);
        PriceEntryViewModel model = new PriceEntryViewModel(Fixtures.COLA, 2, true, rung::add);
        show(new EntryOverlay("price-entry", german.get("pos.enter_price", "Coca-Cola"), german.get("price.hint"),
                german.get("modifiers.add"), model, german, () -> closed = true), ThemeManager.Mode.LIGHT);
        assertThat(text("#price-entry-cancel")).isEqualTo("Abbrechen");
        assertThat(text("#price-entry-ok")).isEqualTo(german.get("modifiers.add"));

        robot.clickOn("#price-entry-text").write("1e1000000").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#price-entry-problem")).isEqualTo("Geben Sie einen Betrag wie 12,50 ein.");
        Screenshots.write(panels.stage().getScene(), "pos-price-entry-light");
        assertThat(rung).isEmpty();
        assertThat(closed).isFalse();

        robot.interact(() -> model.textProperty().set("4,50"));
        robot.clickOn("#price-entry-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rung).containsExactly(new BigDecimal("4.50"));
        assertThat(closed).isTrue();
    }

    @Test
    void aNoteTooLongForTheServerIsRefusedOnTheSpot() throws Exception {
        Messages french = Messages.forLocale(Locale.FRENCH);
        LineNoteViewModel model = new LineNoteViewModel(null, notes::add);
        show(new EntryOverlay("line-note", french.get("note.title", "Pizza Margherita"), french.get("note.hint"),
                french.get("note.save"), model, french, () -> closed = true), ThemeManager.Mode.DARK);
        robot.interact(() -> model.textProperty().set("x".repeat(LineNoteViewModel.MAX_LENGTH + 20)));
        robot.clickOn("#line-note-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#line-note-problem")).isEqualTo("Une note compte au plus 500 caractères ; celle-ci en a 520.");
        assertThat(text("#line-note-cancel")).isEqualTo(french.get("action.cancel"));
        robot.interact(() -> model.textProperty().set("sans oignons"));
        Screenshots.write(panels.stage().getScene(), "pos-note-dark");
        robot.clickOn("#line-note-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notes).containsExactly("sans oignons");
        assertThat(closed).isTrue();
    }

    private void show(Overlay overlay, ThemeManager.Mode mode) throws Exception {
        panels.show(overlay, mode, 1280, 800);
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }
}
