package dev.hexgate.emulator.dataconnections;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Objects;

/**
 * When Hex refreshes a connection's schema. Unlike project schedules, timezones are named
 * ({@code timezoneString}) and there is no hourly object even though the cadence enum has HOURLY. All four cadence
 * objects are served, unused ones null, as project schedules are.
 */
public record RefreshSchedule(Cadence cadence, Boolean enabled, Daily daily, Weekly weekly, Monthly monthly,
        Custom custom) {

    public RefreshSchedule {
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(enabled, "enabled");
    }

    public enum Cadence { HOURLY, DAILY, WEEKLY, MONTHLY, CUSTOM }

    public record Daily(String timezoneString, int hour, int minute) {
    }

    public record Weekly(String timezoneString, DayOfWeek dayOfWeek, int hour, int minute) {
    }

    public record Monthly(String timezoneString, int day, int hour, int minute) {
    }

    public record Custom(String timezoneString, String cron) {
    }

    /** The problem with this schedule, if its cadence lacks the object that says when. */
    String missingCadenceObject() {
        Object detail;
        switch (cadence) {
            case DAILY: detail = daily; break;
            case WEEKLY: detail = weekly; break;
            case MONTHLY: detail = monthly; break;
            case CUSTOM: detail = custom; break;
            default: return null; // HOURLY has no settings object in Hex's shape
        }
        return detail == null
                ? "schemaRefreshSchedule: cadence " + cadence + " needs its '"
                        + cadence.name().toLowerCase(Locale.ROOT) + "' object"
                : null;
    }
}
