package dev.hexgate.emulator.workspace;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A workspace member; {@code lastLoginDate} is null for users who never signed in. */
public record User(UUID id, String name, String email, Role role, Instant lastLoginDate) {
    public User {
        Objects.requireNonNull(id, "user.id");
        Objects.requireNonNull(email, "user.email");
        Objects.requireNonNull(role, "user.role");
    }
}
