package dev.hexgate.emulator.workspace;

/** Workspace roles as Hex names them on {@code /v1/users}. */
public enum Role {
    ADMIN, MANAGER, EDITOR, EXPLORER, MEMBER, GUEST, EMBEDDED_USER, ANONYMOUS
}
