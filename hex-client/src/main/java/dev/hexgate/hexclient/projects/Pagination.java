package dev.hexgate.hexclient.projects;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Hex's cursor pagination: both keys are always present; null means no page in that direction. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Pagination(String after, String before) {
}
