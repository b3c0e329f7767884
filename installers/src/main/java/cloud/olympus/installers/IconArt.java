package cloud.olympus.installers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the apps' icons from shapes, at any size: a blue tile with the white peak of Olympus and a
 * gold sun for the desktop app, rising bars for the manager app, a watch face for the watch. Writes
 * the PNG Linux uses, the ICO Windows uses and the ICNS macOS uses, each holding PNG images.
 *
 * <p>The icons are committed; after changing the drawing, run from the repository root:
 * {@code java -cp installers/target/classes cloud.olympus.installers.IconArt}.
 */
public final class IconArt {

    static final Color TOP = new Color(0x1B, 0x3A, 0x8A);
    static final Color BOTTOM = new Color(0x09, 0x69, 0xDA);
    static final Color SUN = new Color(0xF2, 0xC1, 0x4E);
    static final List<Integer> ICO_SIZES = List.of(16, 32, 48, 256);
    static final Map<String, Integer> ICNS_SIZES = icnsSizes();

    private IconArt() {
    }

    private static Map<String, Integer> icnsSizes() {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        sizes.put("icp4", 16);
        sizes.put("icp5", 32);
        sizes.put("ic07", 128);
        sizes.put("ic08", 256);
        sizes.put("ic09", 512);
        return sizes;
    }

    /** The icon of one app, {@code size} pixels square. */
    public static BufferedImage draw(App app, int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(size / 100.0, size / 100.0);
            g.setPaint(new GradientPaint(0, 4, TOP, 0, 96, BOTTOM));
            g.fill(new RoundRectangle2D.Double(4, 4, 92, 92, 22, 22));
            switch (app.id()) {
                case "olympus-manager" -> bars(g);
                case "olympus-watch" -> watch(g);
                default -> peak(g, 0, 0, 1);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The mountain with its sun, drawn into the 100 by 100 tile, moved and scaled. */
    private static void peak(Graphics2D g, double dx, double dy, double scale) {
        var saved = g.getTransform();
        g.translate(dx, dy);
        g.scale(scale, scale);
        g.setColor(SUN);
        g.fill(new Ellipse2D.Double(60, 18, 20, 20));
        Path2D mountain = new Path2D.Double();
        mountain.moveTo(12, 80);
        mountain.lineTo(40, 30);
        mountain.lineTo(52, 50);
        mountain.lineTo(60, 40);
        mountain.lineTo(88, 80);
        mountain.closePath();
        g.setColor(Color.WHITE);
        g.fill(mountain);
        // The snow line: a bite of blue across the main peak.
        Path2D snow = new Path2D.Double();
        snow.moveTo(30, 48);
        snow.lineTo(36, 54);
        snow.lineTo(41, 48);
        snow.lineTo(46, 55);
        snow.lineTo(49, 50);
        g.setColor(new Color(0x9F, 0xC3, 0xF5));
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(snow);
        g.setTransform(saved);
    }

    private static void bars(Graphics2D g) {
        g.setColor(Color.WHITE);
        double[] heights = {22, 36, 30, 50};
        for (int i = 0; i < heights.length; i++) {
            g.setColor(i == heights.length - 1 ? SUN : Color.WHITE);
            g.fill(new RoundRectangle2D.Double(18 + i * 17, 80 - heights[i], 12, heights[i], 4, 4));
        }
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D trend = new Path2D.Double();
        trend.moveTo(20, 46);
        trend.lineTo(38, 34);
        trend.lineTo(55, 40);
        trend.lineTo(80, 20);
        g.draw(trend);
    }

    private static void watch(Graphics2D g) {
        g.setColor(Color.WHITE);
        g.fill(new RoundRectangle2D.Double(38, 10, 24, 16, 6, 6));
        g.fill(new RoundRectangle2D.Double(38, 74, 24, 16, 6, 6));
        g.fill(new Ellipse2D.Double(22, 20, 56, 60));
        g.setPaint(new GradientPaint(0, 26, TOP, 0, 74, BOTTOM));
        g.fill(new Ellipse2D.Double(27, 25, 46, 50));
        peak(g, 29.5, 27, 0.41);
    }

    static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A Windows icon: a directory of sizes, each image a PNG (read by Windows Vista and later). */
    static byte[] ico(App app) {
        List<byte[]> images = ICO_SIZES.stream().map(size -> png(draw(app, size))).toList();
        int header = 6 + 16 * images.size();
        int total = header + images.stream().mapToInt(image -> image.length).sum();
        ByteBuffer ico = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        ico.putShort((short) 0).putShort((short) 1).putShort((short) images.size());
        int offset = header;
        for (int i = 0; i < images.size(); i++) {
            int size = ICO_SIZES.get(i);
            ico.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size)).put((byte) 0).put((byte) 0);
            ico.putShort((short) 1).putShort((short) 32).putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        images.forEach(ico::put);
        return ico.array();
    }

    /** A macOS icon family: four-letter types, each with a PNG of its size. */
    static byte[] icns(App app) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(body)) {
            for (var entry : ICNS_SIZES.entrySet()) {
                byte[] image = png(draw(app, entry.getValue()));
                out.writeBytes(entry.getKey());
                out.writeInt(8 + image.length);
                out.write(image);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteBuffer icns = ByteBuffer.allocate(8 + body.size());
        icns.put("icns".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(8 + body.size()).put(body.toByteArray());
        return icns.array();
    }

    /** Writes every app's PNG (256 pixels), ICO and ICNS into {@code dir}. */
    public static void writeAll(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (App app : App.all()) {
            Files.write(dir.resolve(app.id() + ".png"), png(draw(app, 256)));
            Files.write(dir.resolve(app.id() + ".ico"), ico(app));
            Files.write(dir.resolve(app.id() + ".icns"), icns(app));
        }
    }

    public static void main(String[] args) throws IOException {
        writeAll(Path.of(args.length > 0 ? args[0] : "installers/src/main/resources/cloud/olympus/installers/icons"));
    }
}
