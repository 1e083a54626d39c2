package dev.hexgate.emulator.threads.rest;

import dev.hexgate.emulator.threads.ThreadSource;
import dev.hexgate.emulator.threads.ThreadType;
import dev.hexgate.emulator.workspace.Role;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.util.MultiValueMap;

/** ListThreads parameters, parsed. Every filter is optional; they combine with AND. */
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
    private static final int DEFAULT_LIMIT = 25;

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

    /** Values are already checked against the description; only the cursors are opaque to it. */
    static ListThreadsQuery parse(MultiValueMap<String, String> params) {
        ThreadQueryParams query = new ThreadQueryParams(params);
        int limit = query.integer("limit").orElse(DEFAULT_LIMIT);
        query.requireAtMostOneCursor();
        return new ListThreadsQuery(limit,
                query.string("after").map(v -> Position.decode("after", v)),
                query.string("before").map(v -> Position.decode("before", v)),
                query.enumValue("source", ThreadSource.class),
                query.string("userId"),
                query.enumValue("type", ThreadType.class),
                query.integer("numDays"),
                query.bool("hasFeedback"),
                query.enumList("roles", Role.class),
                query.enumList("warnings", ThreadWarningType.class),
                query.list("topicIds"));
    }
}
