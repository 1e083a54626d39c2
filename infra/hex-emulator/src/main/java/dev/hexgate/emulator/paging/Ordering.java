package dev.hexgate.emulator.paging;

import java.util.Comparator;
import java.util.Objects;
import java.util.function.Function;

/**
 * A total order over items for keyset paging: a string sort key per item (missing keys last in both directions),
 * then the item's id in the same direction, so equal keys still page deterministically. Keys must compare the way
 * the list should sort (e.g. lower-cased names, fixed-width timestamps).
 *
 * @param name identifies the order inside cursors (e.g. {@code NAME:ASC}), so a cursor only works for its order
 * @param key the sort key of an item; null sorts last
 * @param id the item's unique id
 * @param ascending the direction of both key and id
 */
public record Ordering<T>(String name, Function<T, String> key, Function<T, String> id, boolean ascending) {

    public Ordering {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(id, "id");
    }

    /** A point in the order: what a cursor remembers about the item it was taken from. */
    public record Position(String key, String id) {
    }

    Position positionOf(T item) {
        return new Position(key.apply(item), id.apply(item));
    }

    Comparator<Position> positions() {
        Comparator<String> direction = ascending ? Comparator.naturalOrder() : Comparator.reverseOrder();
        return Comparator.comparing(Position::key, Comparator.nullsLast(direction))
                .thenComparing(Position::id, direction);
    }

    Comparator<T> items() {
        return Comparator.comparing(this::positionOf, positions());
    }
}
