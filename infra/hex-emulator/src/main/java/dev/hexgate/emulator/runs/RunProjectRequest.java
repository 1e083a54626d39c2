package dev.hexgate.emulator.runs;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * RunProject's optional body. Its structure (types, enums, no unknown fields, no {@code null}s) was checked against
 * the emulator's OpenAPI description before the route ran; the rules across fields live in {@link RunLauncher}.
 *
 * @param inputParams kept as JSON so wrong types can be reported back with the value the client sent
 * @param updateCache deprecated by Hex and ignored here
 */
public record RunProjectRequest(
        JsonNode inputParams,
        Boolean dryRun,
        Boolean updateCache,
        List<NotificationRequest> notifications,
        Boolean updatePublishedResults,
        Boolean useCachedSqlResults,
        String viewId) {

    static final RunProjectRequest EMPTY = new RunProjectRequest(null, null, null, null, null, null, null);

    /** Whether custom input values were given; an empty object sets nothing, so it counts as none. */
    boolean hasInputParams() {
        return inputParams != null && inputParams.isObject() && !inputParams.isEmpty();
    }

    boolean isDryRun() {
        return Boolean.TRUE.equals(dryRun);
    }

    boolean isUpdatePublishedResults() {
        return Boolean.TRUE.equals(updatePublishedResults);
    }

    List<NotificationRequest> notificationsOrEmpty() {
        return notifications == null ? List.of() : notifications;
    }

    /** One requested notification; expanded into a {@link NotificationRecipient} per target. */
    public record NotificationRequest(
            RunNotificationType type,
            boolean includeSuccessScreenshot,
            String screenshotFormat,
            List<String> slackChannelIds,
            List<String> userIds,
            List<String> groupIds,
            String subject,
            String body) {

        public NotificationRequest {
            slackChannelIds = slackChannelIds == null ? List.of() : List.copyOf(slackChannelIds);
            userIds = userIds == null ? List.of() : List.copyOf(userIds);
            groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
        }
    }
}
