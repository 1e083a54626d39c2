package dev.hexgate.emulator.workspace;

import java.time.DayOfWeek;
import java.util.Objects;

/**
 * A project run schedule. Hex always sends all five cadence objects and leaves the unused ones null, so this
 * record keeps all five and checks that the one matching {@code cadence} is set.
 */
public record Schedule(
        Cadence cadence, boolean enabled, Hourly hourly, Daily daily, Weekly weekly, Monthly monthly, Custom custom) {

    public Schedule {
        Objects.requireNonNull(cadence, "schedule.cadence");
        Object detail = switch (cadence) {
            case HOURLY -> hourly;
            case DAILY -> daily;
            case WEEKLY -> weekly;
            case MONTHLY -> monthly;
            case CUSTOM -> custom;
        };
        if (detail == null) {
            throw new IllegalArgumentException(cadence + " schedule needs its '" + cadence.name().toLowerCase()
                    + "' object");
        }
    }

    public enum Cadence { HOURLY, DAILY, WEEKLY, MONTHLY, CUSTOM }

    /** Timezones are UTC offsets such as {@code "+05:30"}, as Hex sends them. */
    public record Hourly(int minute, String timezone) {
    }

    public record Daily(int hour, int minute, String timezone) {
    }

    public record Weekly(DayOfWeek dayOfWeek, int hour, int minute, String timezone) {
    }

    /** {@code day} is 1..28 so every month has it. */
    public record Monthly(int day, int hour, int minute, String timezone) {
    }

    public record Custom(String cron, String timezone) {
    }
}
