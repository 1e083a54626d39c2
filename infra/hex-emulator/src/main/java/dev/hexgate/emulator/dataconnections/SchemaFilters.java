package dev.hexgate.emulator.dataconnections;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/** Which databases, schemas and tables Hex indexes for a connection; each level is optional. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SchemaFilters(EntityFilter databases, EntityFilter schemas, EntityFilter tables) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EntityFilter(Match include, Match exclude) {
    }

    public record Match(List<String> values, MatchType matchType) {
        public Match {
            values = List.copyOf(Objects.requireNonNull(values, "values"));
            Objects.requireNonNull(matchType, "matchType");
        }
    }

    public enum MatchType { EXACT, PREFIX, REGEX, SUFFIX }
}
