package dev.hexgate.emulator.contract;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;

/** A request the contract samples sent and the emulator's answer, as raw as possible. */
public record RecordedExchange(
        HttpMethod method,
        String path,
        Map<String, List<String>> query,
        String requestBody,
        int status,
        String contentType,
        String responseBody) {

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : " " + query) + " -> " + status;
    }
}
