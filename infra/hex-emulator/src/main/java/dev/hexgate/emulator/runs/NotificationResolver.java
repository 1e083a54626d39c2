package dev.hexgate.emulator.runs;

import dev.hexgate.emulator.runs.NotificationRecipient.Recipient;
import dev.hexgate.emulator.runs.NotificationRecipient.RecipientType;
import dev.hexgate.emulator.runs.RunProjectRequest.NotificationRequest;
import dev.hexgate.emulator.workspace.Group;
import dev.hexgate.emulator.workspace.User;
import dev.hexgate.emulator.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Expands RunProject's requested notifications into one recipient per Slack channel, user and group, with the
 * recipient's name, the way Hex echoes them back. A target the workspace does not have makes the run request
 * unprocessable (422), as Hex refuses notifications it cannot deliver.
 */
@Component
class NotificationResolver {

    private final Workspace workspace;
    private final RunSetup setup;

    NotificationResolver(Workspace workspace, RunSetup setup) {
        this.workspace = workspace;
        this.setup = setup;
    }

    List<NotificationRecipient> resolve(List<NotificationRequest> requests) {
        List<NotificationRecipient> recipients = new ArrayList<>();
        for (NotificationRequest request : requests) {
            if (request.slackChannelIds().isEmpty() && request.userIds().isEmpty() && request.groupIds().isEmpty()) {
                throw RunRejectedException.unprocessable(
                        "A notification needs at least one of slackChannelIds, userIds or groupIds.");
            }
            for (String id : request.slackChannelIds()) {
                SlackChannel channel = setup.slackChannel(id).orElseThrow(() -> RunRejectedException.unprocessable(
                        "Slack notifications cannot be sent to channel " + id
                                + ": it does not exist or the Hex Slackbot has not been added to it."));
                recipients.add(recipient(request, RecipientType.SLACK_CHANNEL,
                        new Recipient(channel.id(), channel.name(), channel.isPrivate())));
            }
            for (String id : request.userIds()) {
                User user = user(id).orElseThrow(() -> RunRejectedException.unprocessable(
                        "Notifications cannot be sent to user " + id + ": no such user in this workspace."));
                recipients.add(recipient(request, RecipientType.USER, new Recipient(id, user.name(), null)));
            }
            for (String id : request.groupIds()) {
                Group group = group(id).orElseThrow(() -> RunRejectedException.unprocessable(
                        "Notifications cannot be sent to group " + id + ": no such group in this workspace."));
                recipients.add(recipient(request, RecipientType.GROUP, new Recipient(id, group.name(), null)));
            }
        }
        return recipients;
    }

    private static NotificationRecipient recipient(NotificationRequest request, RecipientType type,
            Recipient recipient) {
        return new NotificationRecipient(request.type(), request.subject(), request.body(), type,
                request.includeSuccessScreenshot(), screenshotFormats(request), recipient);
    }

    /** Hex: "defaults to png only if not specified and includeSuccessScreenshot is true". */
    private static List<String> screenshotFormats(NotificationRequest request) {
        if (request.screenshotFormat() != null) {
            return List.of(request.screenshotFormat());
        }
        return request.includeSuccessScreenshot() ? List.of("png") : null;
    }

    private Optional<User> user(String id) {
        return workspace.users().stream().filter(u -> u.id().toString().equalsIgnoreCase(id)).findFirst();
    }

    private Optional<Group> group(String id) {
        return workspace.groups().stream().filter(g -> g.id().toString().equalsIgnoreCase(id)).findFirst();
    }
}
