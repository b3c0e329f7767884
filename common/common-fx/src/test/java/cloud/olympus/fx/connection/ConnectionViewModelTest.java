package cloud.olympus.fx.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ConnectionViewModelTest {

    @Test
    void followsTheProbeAndPublishesOnTheUiExecutor() {
        AtomicBoolean up = new AtomicBoolean(true);
        List<Runnable> uiQueue = new ArrayList<>();
        ConnectionViewModel model = new ConnectionViewModel(up::get, uiQueue::add);
        assertThat(model.state()).isEqualTo(ConnectionState.CHECKING);

        model.checkNow();
        assertThat(model.state()).as("nothing changes until the UI thread runs").isEqualTo(ConnectionState.CHECKING);
        uiQueue.forEach(Runnable::run);
        uiQueue.clear();
        assertThat(model.state()).isEqualTo(ConnectionState.ONLINE);

        up.set(false);
        model.checkNow();
        uiQueue.forEach(Runnable::run);
        assertThat(model.state()).isEqualTo(ConnectionState.OFFLINE);
    }

    @Test
    void aProbeThatThrowsMeansOffline() {
        ConnectionViewModel model = new ConnectionViewModel(() -> {
            throw new IllegalStateException("socket closed");
        }, Runnable::run);
        model.checkNow();
        assertThat(model.state()).isEqualTo(ConnectionState.OFFLINE);
    }
}
