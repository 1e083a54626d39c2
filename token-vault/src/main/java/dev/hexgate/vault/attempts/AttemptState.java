package dev.hexgate.vault.attempts;

import dev.hexgate.vault.connect.LinkState;

/**
 * What a presented start token or state turned out to be.
 *
 * @param attempt null when {@link LinkState.Status#UNKNOWN}
 */
public record AttemptState(LinkState.Status status, Attempt attempt) {

    public boolean valid() {
        return status == LinkState.Status.VALID;
    }
}
