package cloud.olympus.desktop.pos;

import cloud.olympus.client.api.Session;
import cloud.olympus.desktop.till.Till;
import cloud.olympus.fx.i18n.Messages;
import java.nio.file.Path;
import java.util.concurrent.Executor;

/**
 * What the till's screens work in: the terminal, who is logged in, the texts in the till's language,
 * where slow work runs and where its results come back, and the folder receipts are saved in.
 */
public record TillContext(Till till, Session session, Messages messages, Executor background, Executor ui, Path receipts) {
}
