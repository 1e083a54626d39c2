package dev.hexgate.emulator.runs;

import java.util.List;
import java.util.UUID;

/** RunProject's 201 body. Exactly the fields Hex's response allows (it forbids any others). */
public record RunStarted(
        UUID projectId,
        UUID runId,
        String runUrl,
        String runStatusUrl,
        String traceId,
        int projectVersion,
        List<NotificationRecipient> notifications) {
}
