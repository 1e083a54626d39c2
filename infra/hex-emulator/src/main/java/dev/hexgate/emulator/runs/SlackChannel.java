package dev.hexgate.emulator.runs;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/** A Slack channel the workspace's Hex Slackbot can post run notifications to. */
public record SlackChannel(String id, String name, @JsonProperty("isPrivate") boolean isPrivate) {

    public SlackChannel {
        Objects.requireNonNull(id, "slackChannel.id");
        Objects.requireNonNull(name, "slackChannel.name");
    }
}
