package dev.hexgate.emulator.paging;

import dev.hexgate.emulator.web.RejectedRequestException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Keyset paging for Hex's cursor lists (everything but projects and runs). {@code after=c} returns the
 * {@code limit} items strictly after position {@code c}; {@code before=c} the {@code limit} items immediately
 * before it. A page's {@code after} cursor points at its last item and is null when nothing follows; its
 * {@code before} cursor points at its first item and is null when nothing precedes, so paging forward and then
 * back lands on the same pages (the same rules as ListProjects).
 */
public final class Pager {

    private Pager() {
    }

    /**
     * Sorts {@code items} by {@code ordering} and cuts out the requested page. A bad or mismatched cursor, or
     * {@code after} together with {@code before}, is a 400 in the route's error shape.
     */
    public static <T> Page<T> page(List<T> items, Ordering<T> ordering, int limit, Optional<String> after,
            Optional<String> before) {
        if (after.isPresent() && before.isPresent()) {
            throw RejectedRequestException.badRequest("Only one of after and before may be given");
        }
        List<T> sorted = items.stream().sorted(ordering.items()).toList();
        int from;
        int to;
        if (after.isPresent()) {
            from = countUpTo(sorted, ordering, Cursor.decode("after", after.get(), ordering.name()), true);
            to = Math.min(from + limit, sorted.size());
        } else if (before.isPresent()) {
            to = countUpTo(sorted, ordering, Cursor.decode("before", before.get(), ordering.name()), false);
            from = Math.max(0, to - limit);
        } else {
            from = 0;
            to = Math.min(limit, sorted.size());
        }
        List<T> page = sorted.subList(from, to);
        String nextCursor = !page.isEmpty() && to < sorted.size() ? cursorAt(ordering, page.get(page.size() - 1)) : null;
        String previousCursor = !page.isEmpty() && from > 0 ? cursorAt(ordering, page.get(0)) : null;
        return new Page<>(page, new Page.Pagination(nextCursor, previousCursor));
    }

    /** Number of leading items before the cursor ({@code inclusive}: also one equal to it). */
    private static <T> int countUpTo(List<T> sorted, Ordering<T> ordering, Ordering.Position cursor,
            boolean inclusive) {
        Comparator<Ordering.Position> positions = ordering.positions();
        int count = 0;
        for (T item : sorted) {
            int cmp = positions.compare(ordering.positionOf(item), cursor);
            if (cmp > 0 || (cmp == 0 && !inclusive)) {
                break;
            }
            count++;
        }
        return count;
    }

    private static <T> String cursorAt(Ordering<T> ordering, T item) {
        return Cursor.encode(ordering.name(), ordering.positionOf(item));
    }
}
