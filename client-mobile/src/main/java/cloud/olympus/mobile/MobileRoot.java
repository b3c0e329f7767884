package cloud.olympus.mobile;

import cloud.olympus.fx.manager.ManagerAppViewModel;
import cloud.olympus.fx.shell.ClientShell;
import javafx.scene.layout.StackPane;

/** The app's window: the sign-in until someone is in, then their screens; the sign-in again after they sign out. */
final class MobileRoot extends StackPane {

    MobileRoot(ManagerAppViewModel model, ClientShell shell, KeyboardBarcodeSource scanner) {
        getStyleClass().add("mobile-root");
        SignInView signIn = new SignInView(model.signIn(), shell.messages(), shell.connection(),
                shell.config().serverUrl());
        getChildren().setAll(signIn);
        model.screensProperty().addListener((obs, old, screens) -> {
            if (screens == null) {
                getChildren().setAll(signIn);
            } else {
                getChildren().setAll(new ManagerShellView(screens, model, shell, scanner));
            }
        });
    }
}
