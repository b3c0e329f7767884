package cloud.olympus.server.shared.web.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;

/**
 * A value in a request body that parsed but is outside what Olympus accepts (a control character,
 * a number too large, a date in another millennium). Its message is written for the caller and
 * names no internals; Jackson adds the field's path.
 */
public class RejectedInput extends DatabindException {

    RejectedInput(JsonParser parser, String message) {
        super(parser, message);
    }
}
