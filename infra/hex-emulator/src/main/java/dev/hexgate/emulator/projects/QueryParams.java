package dev.hexgate.emulator.projects;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.util.MultiValueMap;

/**
 * Strict, hand-rolled query parsing. Spring's own conversion would answer bad input with its generic error
 * JSON; Hex answers with route-specific shapes, so values are parsed here and failures raised as
 * {@link InvalidParameterException}. Blank values count as absent.
 */
final class QueryParams {

    private final MultiValueMap<String, String> params;

    QueryParams(MultiValueMap<String, String> params) {
        this.params = params;
    }

    Optional<String> string(String name) {
        return Optional.ofNullable(params.getFirst(name)).map(String::trim).filter(v -> !v.isEmpty());
    }

    boolean bool(String name, boolean defaultValue) {
        return string(name).map(v -> switch (v.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidParameterException(name + " must be true or false, got '" + v + "'");
        }).orElse(defaultValue);
    }

    int intInRange(String name, int defaultValue, int min, int max) {
        Optional<String> raw = string(name);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        int value;
        try {
            value = Integer.parseInt(raw.get());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name + " must be an integer, got '" + raw.get() + "'");
        }
        if (value < min || value > max) {
            throw new InvalidParameterException(name + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type, E defaultValue) {
        Optional<String> raw = string(name);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        try {
            return Enum.valueOf(type, raw.get());
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(name + " must be one of " + Arrays.toString(type.getEnumConstants())
                    + ", got '" + raw.get() + "'");
        }
    }

    /** Accepts both {@code a=x&a=y} (what Hex documents) and {@code a=x,y} (what some clients send). */
    List<String> list(String name) {
        List<String> values = params.getOrDefault(name, List.of());
        return values.stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::trim)
                .filter(v -> !v.isEmpty())
                .toList();
    }
}
