package dev.hexgate.gateway.tools.collections;

import dev.hexgate.gateway.tools.directory.DirectoryText;
import tools.jackson.databind.JsonNode;

/** How a collection reads in a summary. */
final class CollectionText {

    private CollectionText() {
    }

    static String describe(JsonNode collection) {
        StringBuilder text = new StringBuilder("collection ").append(DirectoryText.named(collection, "name"));
        String description = collection.path("description").asString(null);
        if (description != null && !description.isBlank()) {
            text.append(", \"").append(description).append('"');
        }
        String creator = collection.path("creator").path("email").asString(null);
        if (creator != null) {
            text.append(", created by ").append(creator);
        }
        JsonNode sharing = collection.path("sharing");
        text.append(", shared with ").append(DirectoryText.plural(sharing.path("users").size(), "person", "people"))
                .append(" and ").append(DirectoryText.plural(sharing.path("groups").size(), "group", "groups"));
        String members = sharing.path("workspace").path("members").asString(null);
        if (members != null) {
            text.append("; workspace members: ").append(members);
        }
        return text.append('.').toString();
    }
}
