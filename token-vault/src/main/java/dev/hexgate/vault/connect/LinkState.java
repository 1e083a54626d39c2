package dev.hexgate.vault.connect;

/**
 * What a presented link token turned out to be.
 *
 * @param link null when {@link Status#UNKNOWN}
 */
public record LinkState(Status status, ConnectLink link) {

    public enum Status { VALID, USED, EXPIRED, UNKNOWN }

    static LinkState of(Status status, ConnectLink link) {
        return new LinkState(status, link);
    }

    static LinkState unknown() {
        return new LinkState(Status.UNKNOWN, null);
    }

    public boolean valid() {
        return status == Status.VALID;
    }
}
