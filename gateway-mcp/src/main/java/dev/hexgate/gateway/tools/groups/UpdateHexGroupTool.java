package dev.hexgate.gateway.tools.groups;

import dev.hexgate.gateway.tools.HexTool;
import dev.hexgate.gateway.tools.directory.DirectoryText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** {@code update_hex_group}: rename a group and add or remove members. */
@Component
public class UpdateHexGroupTool implements HexTool {

    @Override
    public String name() {
        return "update_hex_group";
    }

    @Override
    public Optional<String> checkArguments(JsonNode arguments) {
        Set<String> both = DirectoryText.overlap(arguments.get("add_member_user_ids"),
                arguments.get("remove_member_user_ids"));
        if (!both.isEmpty()) {
            return Optional.of("argument 'remove_member_user_ids': " + String.join(", ", both)
                    + " also in 'add_member_user_ids'; a user can be added or removed, not both");
        }
        return DirectoryText.requireChange(arguments, "name", "add_member_user_ids", "remove_member_user_ids");
    }

    @Override
    public String summarize(JsonNode arguments, JsonNode result) {
        List<String> changes = new ArrayList<>();
        if (arguments.hasNonNull("name")) {
            changes.add("renamed");
        }
        int added = arguments.path("add_member_user_ids").size();
        int removed = arguments.path("remove_member_user_ids").size();
        if (added > 0) {
            changes.add("added " + DirectoryText.plural(added, "member", "members"));
        }
        if (removed > 0) {
            changes.add("removed " + DirectoryText.plural(removed, "member", "members"));
        }
        return "Updated group " + DirectoryText.named(result, "name") + ": " + String.join(", ", changes)
                + ". (Adding a member twice or removing a non-member changes nothing.)";
    }
}
