package dev.hexgate.emulator.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a cursor-paged list in Hex's shape, {@code {"values": [...], "pagination": {"after", "before"}}};
 * both cursors are always present and null at the ends of the list.
 */
public record Page<T>(List<T> values, Pagination pagination) {

    public Page {
        values = List.copyOf(values);
    }

    public record Pagination(String after, String before) {
    }

    /** The same page with each value converted to its wire form. */
    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(values.stream().map(mapper).toList(), pagination);
    }
}
