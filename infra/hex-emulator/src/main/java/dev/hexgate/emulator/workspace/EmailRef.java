package dev.hexgate.emulator.workspace;

import java.util.Objects;

/** How Hex refers to a user inside a project: by email only ({@code creator}, {@code owner}, sharing). */
public record EmailRef(String email) {
    public EmailRef {
        Objects.requireNonNull(email, "email");
    }
}
