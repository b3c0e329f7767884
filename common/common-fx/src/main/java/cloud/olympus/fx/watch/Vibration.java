package cloud.olympus.fx.watch;

/**
 * A short buzz on the wrist when something new arrives for the wearer. On a device it is Gluon
 * Attach's vibration service; on the desktop there is nothing to vibrate, and {@link #NONE} does nothing.
 */
@FunctionalInterface
public interface Vibration {

    Vibration NONE = () -> { };

    void buzz();
}
