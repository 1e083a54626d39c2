package dev.hexgate.emulator.paging;

/** {@code sortDirection} of Hex's cursor lists. */
public enum SortDirection {
    ASC, DESC;

    public boolean ascending() {
        return this == ASC;
    }
}
