package dev.hexgate.emulator.runs;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * One resolved notification target of a run, as RunProject and GetRunStatus report it: Hex expands each requested
 * notification into one entry per Slack channel, user and group. Optional fields are left out when unset.
 *
 * @param screenshotFormat the screenshot formats, a list on this side of the API (a single value in the request)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NotificationRecipient(
        RunNotificationType type,
        String subject,
        String body,
        RecipientType recipientType,
        boolean includeSuccessScreenshot,
        List<String> screenshotFormat,
        Recipient recipient) {

    public NotificationRecipient {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(recipientType, "recipientType");
        Objects.requireNonNull(recipient, "recipient");
        screenshotFormat = screenshotFormat == null ? null : List.copyOf(screenshotFormat);
    }

    public enum RecipientType {
        USER, GROUP, SLACK_CHANNEL
    }

    /** {@code isPrivate} only exists for Slack channels. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Recipient(String id, String name, @JsonProperty("isPrivate") Boolean isPrivate) {
    }
}
