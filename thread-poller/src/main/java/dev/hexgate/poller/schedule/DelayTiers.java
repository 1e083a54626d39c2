package dev.hexgate.poller.schedule;

import dev.hexgate.contracts.kafka.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The delay topics, one per fixed delay ({@code hexgate.thread-polls.5s}, {@code .20s}, …). Every record on one
 * topic waits the same time, so a partition's records fall due in offset order and a consumer only ever waits on
 * the head of a partition: nothing not yet due stands in front of something due.
 */
public final class DelayTiers {

    private final List<Duration> tiers;

    public DelayTiers(List<Duration> tiers) {
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("at least one delay tier is needed");
        }
        for (Duration tier : tiers) {
            if (tier.isNegative() || tier.isZero() || tier.toMillis() % 1000 != 0) {
                throw new IllegalArgumentException("delay tiers are whole positive seconds, not " + tier);
            }
        }
        this.tiers = tiers.stream().distinct().sorted().toList();
    }

    public List<Duration> all() {
        return tiers;
    }

    public List<String> topics() {
        return tiers.stream().map(Topics::threadPolls).toList();
    }

    /**
     * The smallest tier at least {@code delay} (a poll never runs earlier than asked); the largest when
     * {@code delay} exceeds them all.
     */
    public Duration atLeast(Duration delay) {
        return tiers.stream().filter(t -> t.compareTo(delay) >= 0).findFirst().orElse(tiers.get(tiers.size() - 1));
    }

    /** The largest tier not above {@code limit}; empty when even the smallest is longer. */
    public Optional<Duration> atMost(Duration limit) {
        Duration best = null;
        for (Duration tier : tiers) {
            if (tier.compareTo(limit) <= 0) {
                best = tier;
            }
        }
        return Optional.ofNullable(best);
    }
}
