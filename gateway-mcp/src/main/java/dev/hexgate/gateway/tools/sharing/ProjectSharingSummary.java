package dev.hexgate.gateway.tools.sharing;

import dev.hexgate.gateway.tools.directory.DirectoryText;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Words a sharing answer. Hex answers 200 even when it refused some entries, so the summary says plainly whether
 * everything, part or nothing applied and names each refused entry with Hex's reason. The call is not an error
 * (isError false): what did apply is real, and the model needs the structured result to see the project's sharing.
 */
final class ProjectSharingSummary {

    private ProjectSharingSummary() {
    }

    /**
     * @param idsField   the {@code errors[]} field listing refused ids ({@code userIds}, …), or null for audiences
     * @param requested  how many entries the call asked for
     * @param audience   e.g. "user", "group", "collection"
     */
    static String summarize(JsonNode result, String idsField, int requested, String what, String current) {
        JsonNode project = result.path("project");
        String title = DirectoryText.named(project, "title");
        List<String> refusals = new ArrayList<>();
        int refused = 0;
        for (JsonNode error : result.path("errors")) {
            String reason = error.path("reason").asString("no reason given");
            if (idsField != null && error.path(idsField).isArray()) {
                List<String> ids = new ArrayList<>();
                error.path(idsField).forEach(id -> ids.add(id.asString()));
                refused += ids.size();
                refusals.add(String.join(", ", ids) + ": " + reason);
            } else {
                refused += 1;
                refusals.add(error.path("type").asString("entry") + ": " + reason);
            }
        }
        StringBuilder text = new StringBuilder();
        if (refusals.isEmpty()) {
            text.append("Updated ").append(what).append(" of ").append(title).append(": ")
                    .append(DirectoryText.plural(requested, "change", "changes")).append(" applied.");
        } else if (refused >= requested) {
            text.append("Nothing changed: Hex refused ").append(requested == 1 ? "the change" : "all "
                    + requested + " changes").append(" to the ").append(what).append(" of ").append(title)
                    .append(". Refused: ").append(String.join("; ", refusals)).append('.');
        } else {
            text.append("Partly applied: ").append(requested - refused).append(" of ").append(requested)
                    .append(" changes to the ").append(what).append(" of ").append(title)
                    .append(" applied. Refused: ").append(String.join("; ", refusals)).append('.');
        }
        if (current != null && !current.isEmpty()) {
            text.append(' ').append(current);
        }
        return text.toString();
    }

    /** {@code Now: a@x (CAN_EDIT), b@x (CAN_VIEW).} from the read-side list ({@code users[].user.email}, …). */
    static String now(JsonNode grants, String entity, String label) {
        List<String> entries = new ArrayList<>();
        for (JsonNode grant : grants) {
            entries.add(grant.path(entity).path(label).asString() + " (" + grant.path("access").asString() + ")");
        }
        return entries.isEmpty() ? "Now shared with no " + entity + "." : "Now: " + String.join(", ", entries) + ".";
    }
}
