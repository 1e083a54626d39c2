package dev.hexgate.emulator.workspace;

import com.fasterxml.jackson.annotation.JsonValue;

/** The two Hex API token families, told apart by their prefix. */
public enum TokenKind {
    /** {@code hxtw_}: created by an admin for the whole workspace. */
    WORKSPACE("workspace", "hxtw_"),
    /** {@code hxtp_}: a personal access token acting with one user's permissions. */
    PERSONAL("personal", "hxtp_");

    private final String wireName;
    private final String prefix;

    TokenKind(String wireName, String prefix) {
        this.wireName = wireName;
        this.prefix = prefix;
    }

    /** Lower-case name used in the fixture and on the control plane. */
    @JsonValue
    public String wireName() {
        return wireName;
    }

    public String prefix() {
        return prefix;
    }
}
