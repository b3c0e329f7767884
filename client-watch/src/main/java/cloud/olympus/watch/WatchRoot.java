package cloud.olympus.watch;

import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.watch.WatchAppViewModel;

/** The app's face: pairing until the watch has a session, then the cards; pairing again if the session ends. */
final class WatchRoot extends WatchFace {

    WatchRoot(WatchAppViewModel model, WatchShape shape, Messages messages) {
        super(shape);
        model.pairingProperty().addListener((obs, old, pairing) -> {
            if (pairing != null) {
                show(new PairingView(pairing, messages));
            }
        });
        model.glancesProperty().addListener((obs, old, cards) -> {
            if (cards != null) {
                show(new GlanceView(cards, messages));
            }
        });
    }
}
