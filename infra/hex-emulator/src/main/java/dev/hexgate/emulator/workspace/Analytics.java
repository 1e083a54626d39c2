package dev.hexgate.emulator.workspace;

import java.time.Instant;
import java.util.Objects;

/** App-view statistics; both timestamps are null for apps nobody has opened / never refreshed. */
public record Analytics(AppViews appViews, Instant lastViewedAt, Instant publishedResultsUpdatedAt) {
    public Analytics {
        Objects.requireNonNull(appViews, "analytics.appViews");
    }

    public record AppViews(int allTime, int lastSevenDays, int lastFourteenDays, int lastThirtyDays) {
    }
}
