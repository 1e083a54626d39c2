package dev.hexgate.emulator.runs;

import java.util.List;

/**
 * RunProject's 422 body for input values that do not fit the published inputs. {@code notFound} lists keys the
 * published app does not have: on their own they are ignored (Hex: "any additional inputs will be ignored"), but
 * when a run is refused anyway they are reported too, so the client can fix everything in one go.
 */
public record InvalidParamPayload(String traceId, List<InvalidParam> invalid, List<String> notFound) {

    public InvalidParamPayload {
        invalid = List.copyOf(invalid);
        notFound = List.copyOf(notFound);
    }

    /** @param paramValue the value the client sent, JSON-encoded ({@code "\"abc\""} for the string abc) */
    public record InvalidParam(String paramName, String paramValue, String dataType, String inputCellType) {
    }
}
