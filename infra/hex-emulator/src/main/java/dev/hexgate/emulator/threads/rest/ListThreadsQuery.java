package dev.hexgate.emulator.threads.rest;

import dev.hexgate.emulator.threads.ThreadSource;
import dev.hexgate.emulator.threads.ThreadType;
import dev.hexgate.emulator.workspace.Role;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.util.MultiValueMap;

/** ListThreads parameters, parsed and checked. Every filter is optional; they combine with AND. */
record ListThreadsQuery(
        int limit,
        Optional<ListThreadsQuery.Position> after,
        Optional<ListThreadsQuery.Position> before,
        Optional<ThreadSource> source,
        Optional<String> userId,
        Optional<ThreadType> type,
        Optional<Integer> numDays,
        Optional<Boolean> hasFeedback,
        List<Role> roles,
        List<ThreadWarningType> warnings,
        List<String> topicIds) {

    private static final String CURSOR_VERSION = "t1";

    /** Where a page boundary sits in the newest-first order: a thread's creation time and id. */
    record Position(Instant createdAt, String id) {

        String encode() {
            return OpaqueCursor.encode(CURSOR_VERSION, Long.toString(createdAt.toEpochMilli()), id);
        }

        static Position decode(String name, String value) {
            List<String> parts = OpaqueCursor.decode(name, value, CURSOR_VERSION, 2);
            try {
                return new Position(Instant.ofEpochMilli(Long.parseLong(parts.get(0))), parts.get(1));
            } catch (NumberFormatException e) {
                throw OpaqueCursor.invalid(name);
            }
        }
    }

    static ListThreadsQuery parse(MultiValueMap<String, String> params) {
        ThreadQueryParams query = new ThreadQueryParams(params);
        int limit = query.intInRange("limit", 25, 1, 100);
        query.requireAtMostOneCursor();
        return new ListThreadsQuery(limit,
                query.string("after").map(v -> Position.decode("after", v)),
                query.string("before").map(v -> Position.decode("before", v)),
                query.enumValue("source", ThreadSource.class),
                query.string("userId"),
                query.enumValue("type", ThreadType.class),
                query.string("numDays").map(v -> query.intInRange("numDays", 0, 1, Integer.MAX_VALUE)),
                query.bool("hasFeedback"),
                query.enumList("roles", Role.class),
                query.enumList("warnings", ThreadWarningType.class),
                query.list("topicIds"));
    }
}
