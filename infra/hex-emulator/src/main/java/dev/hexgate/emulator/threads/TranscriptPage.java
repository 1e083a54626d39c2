package dev.hexgate.emulator.threads;

import java.util.List;

/**
 * One page of a transcript, by block position. Blocks are only ever appended, so positions are stable and make
 * simple cursors. Without a cursor the page is the most recent one, as Hex documents.
 *
 * @param firstIndex position of the first block of the page
 * @param hasOlder whether blocks exist before the page (then a {@code before} cursor is due)
 * @param hasNewer whether blocks exist after the page (then an {@code after} cursor is due)
 */
public record TranscriptPage(List<String> blocks, int firstIndex, boolean hasOlder, boolean hasNewer) {

    public TranscriptPage {
        blocks = List.copyOf(blocks);
    }

    public static TranscriptPage latest(List<String> all, int limit) {
        return between(all, Math.max(0, all.size() - limit), all.size());
    }

    /** Up to {@code limit} blocks right after position {@code index}. */
    public static TranscriptPage after(List<String> all, int index, int limit) {
        int from = Math.min(all.size(), index + 1);
        return between(all, from, Math.min(all.size(), from + limit));
    }

    /** Up to {@code limit} blocks right before position {@code index}. */
    public static TranscriptPage before(List<String> all, int index, int limit) {
        int to = Math.max(0, Math.min(all.size(), index));
        return between(all, Math.max(0, to - limit), to);
    }

    public int lastIndex() {
        return firstIndex + blocks.size() - 1;
    }

    private static TranscriptPage between(List<String> all, int from, int to) {
        return new TranscriptPage(all.subList(from, to), from, from > 0, to < all.size());
    }
}
