package dev.hexgate.emulator.dataconnections;

/** Who may refresh a connection's schema. */
public enum RefreshAccess {
    ADMINS, USERS_WITH_QUERY_ACCESS
}
