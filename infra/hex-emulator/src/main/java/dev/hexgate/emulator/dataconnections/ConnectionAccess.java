package dev.hexgate.emulator.dataconnections;

/** Data connection access: none, may query, or may only see results of others' queries. */
public enum ConnectionAccess {
    NONE, QUERY, VIEW_RESULTS
}
