package dev.hexgate.emulator.web;

import java.util.List;

/**
 * Hex's newer error body, {@code {"code": "...", "message": "...", "issues": [{"message": "..."}]}}, used by
 * GetProject and the cells/threads/users routes. Codes and messages are fixed per status.
 */
public record HexApiError(String code, String message, List<Issue> issues) {

    public HexApiError {
        issues = List.copyOf(issues);
    }

    public record Issue(String message) {
    }

    public static HexApiError badRequest(String issue) {
        return new HexApiError("BAD_REQUEST", "Invalid input data", List.of(new Issue(issue)));
    }

    public static HexApiError notFound() {
        return new HexApiError("NOT_FOUND", "Not found", List.of());
    }
}
