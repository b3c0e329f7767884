package cloud.olympus.desktop;

import com.sun.net.httpserver.HttpServer;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Product pictures for tests, drawn rather than shipped, and served over HTTP from this machine
 * as a back office's image host would: {@code /pizza-margherita.png} and the like; any other path
 * is a 404.
 */
public final class DrawnPictures implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, byte[]> pictures = Map.of(
            "/pizza-margherita.png", pizza(new Color(0xFF, 0xF4, 0xD6), new Color(0x2E, 0x7D, 0x32), 7, 1),
            "/pizza-diavola.png", pizza(new Color(0x9E, 0x2A, 0x1E), new Color(0xF4, 0xB4, 0x1A), 11, 2),
            "/pizza-funghi.png", pizza(new Color(0xC9, 0xB2, 0x93), new Color(0x5D, 0x40, 0x37), 9, 3),
            "/cappuccino.png", cup(),
            "/harbor-hotel-logo.png", harbourLogo());

    public DrawnPictures() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = pictures.get(exchange.getRequestURI().getPath());
            exchange.getResponseHeaders().set("Content-Type", "image/png");
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                if (body != null) {
                    out.write(body);
                }
            }
        });
        server.start();
    }

    public String url(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** A pizza from above on a wooden board: crust, sauce, cheese and a topping. */
    private static byte[] pizza(Color cheese, Color topping, int toppings, long seed) {
        Random random = new Random(seed);
        return draw((g, w, h) -> {
            board(g, w, h);
            double size = h * 1.15;
            double x = (w - size) / 2;
            double y = (h - size) / 2;
            g.setColor(new Color(0xB8, 0x7A, 0x3A));
            g.fill(new Ellipse2D.Double(x, y, size, size));
            g.setColor(new Color(0xD9, 0xA0, 0x5B));
            g.fill(new Ellipse2D.Double(x + 8, y + 8, size - 16, size - 16));
            g.setColor(new Color(0xB3, 0x2B, 0x1D));
            g.fill(new Ellipse2D.Double(x + 30, y + 30, size - 60, size - 60));
            double cx = w / 2.0;
            double cy = h / 2.0;
            for (int i = 0; i < 14; i++) {
                double angle = random.nextDouble() * Math.PI * 2;
                double radius = random.nextDouble() * (size / 2 - 70);
                double blob = 26 + random.nextDouble() * 20;
                g.setColor(cheese);
                g.fill(new Ellipse2D.Double(cx + Math.cos(angle) * radius - blob / 2, cy + Math.sin(angle) * radius - blob / 2,
                        blob, blob * (0.7 + random.nextDouble() * 0.3)));
            }
            for (int i = 0; i < toppings; i++) {
                double angle = random.nextDouble() * Math.PI * 2;
                double radius = random.nextDouble() * (size / 2 - 60);
                double piece = 16 + random.nextDouble() * 10;
                g.setColor(topping);
                g.fill(new Ellipse2D.Double(cx + Math.cos(angle) * radius - piece / 2, cy + Math.sin(angle) * radius - piece / 2,
                        piece, piece * 0.6));
            }
        });
    }

    /** A cappuccino from above: cup, saucer and a heart in the foam. */
    private static byte[] cup() {
        return draw((g, w, h) -> {
            board(g, w, h);
            double cx = w / 2.0;
            double cy = h / 2.0;
            g.setColor(new Color(0xF5, 0xF5, 0xF0));
            g.fill(new Ellipse2D.Double(cx - 140, cy - 140, 280, 280));
            g.setColor(new Color(0xE3, 0xE3, 0xDC));
            g.setStroke(new BasicStroke(3));
            g.draw(new Ellipse2D.Double(cx - 140, cy - 140, 280, 280));
            g.setColor(new Color(0xFA, 0xFA, 0xF6));
            g.fill(new Ellipse2D.Double(cx - 95, cy - 95, 190, 190));
            g.setColor(new Color(0x8D, 0x5B, 0x3C));
            g.fill(new Ellipse2D.Double(cx - 80, cy - 80, 160, 160));
            g.setColor(new Color(0xF1, 0xE3, 0xCF));
            g.fill(new Ellipse2D.Double(cx - 36, cy - 40, 42, 42));
            g.fill(new Ellipse2D.Double(cx - 6, cy - 40, 42, 42));
            g.fillPolygon(new int[]{(int) cx - 34, (int) cx + 34, (int) cx}, new int[]{(int) cy - 8, (int) cy - 8, (int) cy + 38}, 3);
        });
    }

    /** A hotel's logo: a deep blue badge with three white waves under a sun. */
    private static byte[] harbourLogo() {
        return draw((g, w, h) -> {
            g.setColor(new Color(0x1B, 0x3A, 0x5C));
            g.fillRect(0, 0, w, h);
            g.setColor(new Color(0xF4, 0xB4, 0x1A));
            g.fill(new Ellipse2D.Double(w / 2.0 - 60, 40, 120, 120));
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(16, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (int wave = 0; wave < 3; wave++) {
                int y = 190 + wave * 36;
                for (int x = 60; x < w - 60; x += 60) {
                    g.draw(new java.awt.geom.Arc2D.Double(x, y - 15, 60, 30, 0, 180, java.awt.geom.Arc2D.OPEN));
                }
            }
        });
    }

    private static void board(Graphics2D g, int w, int h) {
        g.setPaint(new GradientPaint(0, 0, new Color(0x8B, 0x5E, 0x3C), w, h, new Color(0x6B, 0x44, 0x2A)));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0, 0, 0, 28));
        for (int y = 12; y < h; y += 34) {
            g.fillRect(0, y, w, 2);
        }
    }

    private interface Drawing {
        void draw(Graphics2D g, int width, int height);
    }

    private static byte[] draw(Drawing drawing) {
        int width = 480;
        int height = 320;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        drawing.draw(g, width, height);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
