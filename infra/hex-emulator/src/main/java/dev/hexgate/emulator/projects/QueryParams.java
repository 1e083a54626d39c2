package dev.hexgate.emulator.projects;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.util.MultiValueMap;

/**
 * Typed reads of query parameters. The request was already checked against the emulator's OpenAPI description
 * (types, ranges, enums) before the route ran, so these only convert; blank values count as absent.
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
        return string(name).map(Boolean::parseBoolean).orElse(defaultValue);
    }

    int integer(String name, int defaultValue) {
        return string(name).map(Integer::parseInt).orElse(defaultValue);
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type, E defaultValue) {
        return string(name).map(v -> Enum.valueOf(type, v)).orElse(defaultValue);
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
