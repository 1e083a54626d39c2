package dev.hexgate.emulator.contract;

/**
 * Hex still serves the 2022 singular run routes ({@code /v1/project/{id}/run...}), which its current file no longer
 * lists; their answers are checked against the current routes they alias.
 */
final class LegacyPaths {

    private LegacyPaths() {
    }

    static String toCurrent(String path) {
        String prefix = "/api/v1/project/";
        if (!path.startsWith(prefix)) {
            return path;
        }
        String rest = path.substring(prefix.length());
        return "/api/v1/projects/" + rest.replaceFirst("/run(/|$)", "/runs$1");
    }
}
