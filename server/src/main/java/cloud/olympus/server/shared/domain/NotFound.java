package cloud.olympus.server.shared.domain;

/** No such record, as far as the caller can see: another tenant's records are not there either. */
public class NotFound extends DomainException {

    /** @param what the kind of record, as a person says it ("Order") */
    public NotFound(String what) {
        super(ErrorKind.NOT_FOUND, what + " not found");
    }
}
