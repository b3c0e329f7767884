package cloud.olympus.desktop;

import cloud.olympus.client.api.CatalogueItem;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.server.support.DemoServerProcess;

/**
 * The demo server the tests of this module share ({@link DemoServerProcess}), and its demo users.
 */
public final class DemoServer {

    /** Every demo user's password. */
    public static final String PASSWORD = DemoServerProcess.PASSWORD;

    private DemoServer() {
    }

    /** The server's base address, starting it first if need be. */
    public static String url() {
        return DemoServerProcess.url();
    }

    /** A demo user ({@code who} is owner, manager or cashier) logged in to a demo business. */
    public static OlympusApi login(String tenant, String who) {
        return DemoServerProcess.login(tenant, who);
    }

    /** A demo catalogue's item by its SKU. */
    public static CatalogueItem item(OlympusApi api, String sku) {
        return api.catalogue(null).items().stream().filter(i -> i.sku().equals(sku)).findFirst().orElseThrow();
    }
}
