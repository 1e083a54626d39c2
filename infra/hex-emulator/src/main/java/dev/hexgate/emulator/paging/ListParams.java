package dev.hexgate.emulator.paging;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.springframework.util.MultiValueMap;

/**
 * Reads list query parameters whose types and ranges the OpenAPI description has already checked; blank values
 * count as absent, as on ListProjects.
 */
public final class ListParams {

    /** Fixed-width, so timestamps compare correctly as strings in {@link Ordering} keys. */
    private static final DateTimeFormatter SORTABLE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final MultiValueMap<String, String> params;

    public ListParams(MultiValueMap<String, String> params) {
        this.params = params;
    }

    public Optional<String> text(String name) {
        return Optional.ofNullable(params.getFirst(name)).map(String::trim).filter(v -> !v.isEmpty());
    }

    public int limit(int defaultValue) {
        // The description allows only integers in range; a decimal form like "25.0" never gets here.
        return text("limit").map(Integer::parseInt).orElse(defaultValue);
    }

    public <E extends Enum<E>> E enumValue(String name, Class<E> type, E defaultValue) {
        return text(name).map(v -> Enum.valueOf(type, v)).orElse(defaultValue);
    }

    /** A sort key for a timestamp. */
    public static String sortable(Instant instant) {
        return SORTABLE.format(instant);
    }

    /** A sort key for a name: case-insensitive, so "alpha" and "Beta" sort as people expect. */
    public static String sortable(String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }
}
