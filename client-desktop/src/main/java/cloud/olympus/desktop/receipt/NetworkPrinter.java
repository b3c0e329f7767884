package cloud.olympus.desktop.receipt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A thermal printer on the network that takes ESC/POS over raw TCP (port 9100 on most). The
 * connection and the sending each have a deadline, so a printer that is off or jammed answers
 * with an error in seconds instead of holding the job.
 */
public record NetworkPrinter(String host, int port, Duration connectTimeout, Duration writeTimeout) implements ReceiptDestination {

    public static final int DEFAULT_PORT = 9100;
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(4);
    public static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);

    public NetworkPrinter(String host, int port) {
        this(host, port, CONNECT_TIMEOUT, WRITE_TIMEOUT);
    }

    @Override
    public void print(Paper paper) throws PrintFailure {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ReceiptPrinter.escPos(paper, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        send(bytes.toByteArray());
    }

    @Override
    public String where() {
        return host + ":" + port;
    }

    /** Connects, sends everything and closes, each step within its deadline. */
    void send(byte[] data) throws PrintFailure {
        InetSocketAddress address = new InetSocketAddress(host, port);
        if (address.isUnresolved()) {
            throw new PrintFailure(PrintFailure.Reason.UNKNOWN_HOST, host, null);
        }
        try (SocketChannel channel = SocketChannel.open(); Selector selector = Selector.open()) {
            channel.configureBlocking(false);
            SelectionKey key = channel.register(selector, SelectionKey.OP_CONNECT);
            long connectBy = System.nanoTime() + connectTimeout.toNanos();
            boolean connected = channel.connect(address);
            while (!connected) {
                await(selector, connectBy);
                connected = channel.finishConnect();
            }
            key.interestOps(SelectionKey.OP_WRITE);
            ByteBuffer buffer = ByteBuffer.wrap(data);
            long writtenBy = System.nanoTime() + writeTimeout.toNanos();
            channel.write(buffer);
            while (buffer.hasRemaining()) {
                // The printer takes no more for now (paper out, cover open): wait for room, up to the deadline.
                await(selector, writtenBy);
                channel.write(buffer);
            }
            channel.shutdownOutput();
        } catch (Deadline e) {
            throw new PrintFailure(PrintFailure.Reason.TIMEOUT, where(), null);
        } catch (UnresolvedAddressException e) {
            throw new PrintFailure(PrintFailure.Reason.UNKNOWN_HOST, host, null);
        } catch (ConnectException e) {
            boolean refused = e.getMessage() != null && e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("refused");
            throw new PrintFailure(refused ? PrintFailure.Reason.REFUSED : PrintFailure.Reason.UNREACHABLE, where(), e);
        } catch (NoRouteToHostException e) {
            throw new PrintFailure(PrintFailure.Reason.UNREACHABLE, where(), e);
        } catch (IOException e) {
            throw new PrintFailure(PrintFailure.Reason.FAILED, where(), e);
        }
    }

    private static void await(Selector selector, long deadline) throws IOException, Deadline {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
            throw new Deadline();
        }
        selector.selectedKeys().clear();
        selector.select(left);
    }

    /** The connection or the sending took longer than allowed. */
    private static final class Deadline extends Exception {
        Deadline() {
            super(null, null, false, false);
        }
    }
}
