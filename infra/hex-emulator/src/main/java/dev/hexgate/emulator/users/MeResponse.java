package dev.hexgate.emulator.users;

import dev.hexgate.emulator.workspace.Role;
import java.time.Instant;
import java.util.UUID;

/**
 * The two answers of {@code GET /v1/users/me}. Hex omits the user for workspace tokens, so those get only the org
 * and the token; a personal token gets the user's fields too. {@code token.exp} is the token's expiry or null.
 */
final class MeResponse {

    private MeResponse() {
    }

    record OrgRef(UUID id) {
    }

    /** {@code exp} is required and nullable in Hex's shape; seeded tokens have no expiry. */
    record TokenInfo(Long exp) {
    }

    record ForUser(UUID id, String name, String email, Role role, Instant lastLoginDate, OrgRef org,
            TokenInfo token) {
    }

    record ForWorkspace(OrgRef org, TokenInfo token) {
    }
}
