package cloud.olympus.desktop.receipt;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A raw TCP print port on a free local port, as a network receipt printer listens on 9100: it takes
 * each connection's bytes until the sender closes, and keeps them for the test to read.
 */
public final class RawPrintServer implements AutoCloseable {

    private final ServerSocket socket;
    private final BlockingQueue<byte[]> jobs = new LinkedBlockingQueue<>();

    public RawPrintServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread thread = new Thread(this::serve, "raw-print-server");
        thread.setDaemon(true);
        thread.start();
    }

    public String host() {
        return socket.getInetAddress().getHostAddress();
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** The bytes of the next job, waiting for it up to {@code wait}. */
    public byte[] nextJob(Duration wait) throws InterruptedException {
        byte[] job = jobs.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        if (job == null) {
            throw new AssertionError("nothing was printed within " + wait);
        }
        return job;
    }

    /** ESC/POS text is ASCII: the job as text, with its control bytes left in. */
    public static String text(byte[] job) {
        return new String(job, StandardCharsets.ISO_8859_1);
    }

    /** Whether the job holds an ESC/POS cut (GS V). */
    public static boolean cuts(byte[] job) {
        for (int i = 0; i + 1 < job.length; i++) {
            if (job[i] == 0x1D && job[i + 1] == 0x56) {
                return true;
            }
        }
        return false;
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept(); InputStream in = client.getInputStream()) {
                client.setSoTimeout(10_000);
                jobs.add(in.readAllBytes());
            } catch (IOException e) {
                if (socket.isClosed()) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
