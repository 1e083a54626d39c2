package dev.hexgate.vault.credentials;

/** What the vault accepts as a user key ({@code slack:T…:U…}, {@code mcp:<owner>}): an id, not free text. */
public final class UserKeys {

    public static final int MAX_LENGTH = 256;

    private UserKeys() {
    }

    /** Not blank, at most 256 characters, no whitespace or control characters (NUL would break associated data). */
    public static boolean isValid(String userKey) {
        if (userKey == null || userKey.isEmpty() || userKey.length() > MAX_LENGTH) {
            return false;
        }
        return userKey.codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c));
    }
}
