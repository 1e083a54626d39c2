package dev.hexgate.emulator.contract;

import java.util.Collections;
import org.springframework.http.HttpMethod;

/**
 * The four project sharing routes with partial errors, the 25-entry limit and an unknown project. Every change to
 * the seeded project is undone at the end, since other tests read its sharing.
 */
final class SharingContractSamples implements ContractSamples {

    /** "Scratch: SQL Sandbox": shared with its owner only, workspace and public web NONE. */
    private static final String PROJECT = "/api/v1/projects/336e85b4-f44a-40cf-9a0c-9ccfee1afe17/sharing/";
    private static final String KENJI = "038fc556-257b-4bee-880f-5fbdb80d9f25";
    private static final String DATA_TEAM = "3ef142f5-13f7-4cf0-bb8e-67b5be3872cb";
    private static final String FINANCE = "5c459001-2644-4721-9365-a280dfca5954";
    private static final String NO_SUCH_ID = "00000000-0000-4000-8000-000000000000";

    @Override
    public void exercise(ContractClient client) {
        client.send(HttpMethod.PATCH, PROJECT + "users", upsert("users", "user", KENJI, "CAN_VIEW", true));
        client.send(HttpMethod.PATCH, PROJECT + "users", upsert("users", "user", KENJI, "NONE", false));
        client.send(HttpMethod.PATCH, PROJECT + "users", "{\"sharing\": {\"upsert\": {\"users\": ["
                + String.join(",", Collections.nCopies(26, entry("user", KENJI, "CAN_VIEW"))) + "]}}}");
        client.send(HttpMethod.PATCH, "/api/v1/projects/" + NO_SUCH_ID + "/sharing/users",
                upsert("users", "user", KENJI, "CAN_VIEW", false));

        client.send(HttpMethod.PATCH, PROJECT + "groups", upsert("groups", "group", DATA_TEAM, "CAN_EDIT", true));
        client.send(HttpMethod.PATCH, PROJECT + "groups", upsert("groups", "group", DATA_TEAM, "NONE", false));
        client.send(HttpMethod.PATCH, PROJECT + "groups", "{\"sharing\": {\"upsert\": {\"groups\": {}}}}");
        client.send(HttpMethod.PATCH, "/api/v1/projects/" + NO_SUCH_ID + "/sharing/groups",
                upsert("groups", "group", DATA_TEAM, "CAN_VIEW", false));

        client.send(HttpMethod.PATCH, PROJECT + "collections",
                upsert("collections", "collection", FINANCE, "APP_ONLY", true));
        client.send(HttpMethod.PATCH, PROJECT + "collections",
                upsert("collections", "collection", FINANCE, "NONE", false));
        client.send(HttpMethod.PATCH, PROJECT + "collections",
                upsert("collections", "collection", "finance", "NONE", false));
        client.send(HttpMethod.PATCH, "/api/v1/projects/" + NO_SUCH_ID + "/sharing/collections",
                upsert("collections", "collection", FINANCE, "CAN_VIEW", false));

        client.send(HttpMethod.PATCH, PROJECT + "workspaceAndPublic",
                "{\"sharing\": {\"workspace\": \"CAN_VIEW\", \"publicWeb\": \"FULL_ACCESS\"}}");
        client.send(HttpMethod.PATCH, PROJECT + "workspaceAndPublic", "{\"sharing\": {\"workspace\": \"NONE\"}}");
        client.send(HttpMethod.PATCH, PROJECT + "workspaceAndPublic", "{\"sharing\": {\"workspace\": \"ALL\"}}");
        client.send(HttpMethod.PATCH, "/api/v1/projects/" + NO_SUCH_ID + "/sharing/workspaceAndPublic",
                "{\"sharing\": {\"publicWeb\": \"NONE\"}}");
    }

    /** One entry for {@code id}, plus one for an id that names nobody when {@code withUnknown}. */
    private static String upsert(String list, String kind, String id, String access, boolean withUnknown) {
        String entries = entry(kind, id, access) + (withUnknown ? ", " + entry(kind, NO_SUCH_ID, access) : "");
        return "{\"sharing\": {\"upsert\": {\"" + list + "\": [" + entries + "]}}}";
    }

    private static String entry(String kind, String id, String access) {
        return "{\"" + kind + "\": {\"id\": \"" + id + "\"}, \"access\": \"" + access + "\"}";
    }
}
