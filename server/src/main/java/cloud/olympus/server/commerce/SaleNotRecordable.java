package cloud.olympus.server.commerce;

import cloud.olympus.server.shared.domain.ErrorKind;
import cloud.olympus.server.shared.domain.InvalidInput;

/** A sale a till finished that cannot be recorded truthfully as sent (a product unknown here, amounts that do not add up); nothing of it is saved. */
public class SaleNotRecordable extends InvalidInput {

    public SaleNotRecordable(String field, String problem) {
        super(ErrorKind.SALE_NOT_RECORDABLE, "The sale cannot be recorded: " + field + " " + problem);
        field(field);
    }
}
