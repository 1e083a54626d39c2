package dev.hexgate.emulator.threads.rest;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.util.MultiValueMap;

/**
 * Reads the query parameters of the threads routes. Types, ranges, enums and the comma-separated role and warning
 * lists are checked against {@code openapi/threads.yaml} before a route runs, so values arrive well-formed and are
 * only converted here. What a description cannot express stays: {@code after} and {@code before} are exclusive.
 * Blank values count as absent (Hex declares these parameters nullable).
 */
final class ThreadQueryParams {

    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    private final MultiValueMap<String, String> params;

    ThreadQueryParams(MultiValueMap<String, String> params) {
        this.params = params;
    }

    Optional<String> string(String name) {
        return Optional.ofNullable(params.getFirst(name)).map(String::trim).filter(v -> !v.isEmpty());
    }

    /**
     * A positive integer. Capped at {@code Integer.MAX_VALUE}: Hex sets no maximum for {@code numDays}, and a
     * larger window than that matches the same threads.
     */
    Optional<Integer> integer(String name) {
        return string(name).map(v -> new BigInteger(v).min(INT_MAX).intValue());
    }

    Optional<Boolean> bool(String name) {
        return string(name).map(Boolean::parseBoolean);
    }

    <E extends Enum<E>> Optional<E> enumValue(String name, Class<E> type) {
        return string(name).map(v -> Enum.valueOf(type, v));
    }

    /** A comma-separated list (how Hex declares roles, warnings, topicIds) of values of {@code type}. */
    <E extends Enum<E>> List<E> enumList(String name, Class<E> type) {
        return list(name).stream().map(v -> Enum.valueOf(type, v)).toList();
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
}
