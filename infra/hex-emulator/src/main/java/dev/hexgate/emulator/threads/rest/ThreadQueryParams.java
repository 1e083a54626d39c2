package dev.hexgate.emulator.threads.rest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.util.MultiValueMap;

/**
 * Query parameters of the threads routes, parsed by hand so bad values get Hex's newer error shape rather than
 * Spring's. Blank values count as absent (Hex declares these parameters nullable).
 */
final class ThreadQueryParams {

    private final MultiValueMap<String, String> params;

    ThreadQueryParams(MultiValueMap<String, String> params) {
        this.params = params;
    }

    Optional<String> string(String name) {
        return Optional.ofNullable(params.getFirst(name)).map(String::trim).filter(v -> !v.isEmpty());
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
            throw ThreadApiException.badRequest(name + " must be an integer, got '" + raw.get() + "'");
        }
        if (value < min || value > max) {
            throw ThreadApiException.badRequest(name + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    Optional<Boolean> bool(String name) {
        return string(name).map(v -> {
            switch (v.toLowerCase(Locale.ROOT)) {
                case "true":
                    return true;
                case "false":
                    return false;
                default:
                    throw ThreadApiException.badRequest(name + " must be true or false, got '" + v + "'");
            }
        });
    }

    <E extends Enum<E>> Optional<E> enumValue(String name, Class<E> type) {
        return string(name).map(v -> parseEnum(name, type, v));
    }

    /** A comma-separated list (how Hex declares roles, warnings, topicIds); each value must be one of {@code type}. */
    <E extends Enum<E>> List<E> enumList(String name, Class<E> type) {
        return list(name).stream().map(v -> parseEnum(name, type, v)).toList();
    }

    List<String> list(String name) {
        return string(name).map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .toList()).orElse(List.of());
    }

    /** The cursor pair: at most one of {@code after} and {@code before}. */
    void requireAtMostOneCursor() {
        if (string("after").isPresent() && string("before").isPresent()) {
            throw ThreadApiException.badRequest("after and before cannot be used together");
        }
    }

    private static <E extends Enum<E>> E parseEnum(String name, Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ThreadApiException.badRequest(name + " must be one of " + Arrays.toString(type.getEnumConstants())
                    + ", got '" + value + "'");
        }
    }
}
