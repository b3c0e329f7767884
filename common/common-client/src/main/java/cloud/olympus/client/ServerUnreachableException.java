package cloud.olympus.client;

import java.io.IOException;

/** The server could not be reached or did not answer in time: the request may or may not have arrived. */
public class ServerUnreachableException extends RuntimeException {

    public ServerUnreachableException(String message, IOException cause) {
        super(message, cause);
    }
}
