package cloud.olympus.desktop.receipt;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A thermal printer reached through a device file, such as {@code /dev/usb/lp0} for a USB printer
 * on Linux. The file must exist: a printer that is unplugged is an error, not a new file.
 */
public record DevicePrinter(Path device) implements ReceiptDestination {

    @Override
    public void print(Paper paper) throws PrintFailure {
        if (!Files.exists(device)) {
            throw new PrintFailure(PrintFailure.Reason.NO_DEVICE, where(), null);
        }
        try (OutputStream out = Files.newOutputStream(device, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ReceiptPrinter.escPos(paper, out);
        } catch (NoSuchFileException e) {
            throw new PrintFailure(PrintFailure.Reason.NO_DEVICE, where(), e);
        } catch (AccessDeniedException e) {
            throw new PrintFailure(PrintFailure.Reason.NOT_WRITABLE, where(), e);
        } catch (IOException e) {
            throw new PrintFailure(PrintFailure.Reason.FAILED, where(), e);
        }
    }

    @Override
    public String where() {
        return device.toString();
    }
}
