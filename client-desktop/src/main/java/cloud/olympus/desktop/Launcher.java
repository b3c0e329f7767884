package cloud.olympus.desktop;

import javafx.application.Application;

/** Starts the app from the class path or an installer without JavaFX module set-up. */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(DesktopApp.class, args);
    }
}
