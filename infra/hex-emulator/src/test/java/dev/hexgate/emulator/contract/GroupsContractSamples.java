package dev.hexgate.emulator.contract;

import java.util.Collections;
import java.util.UUID;
import org.springframework.http.HttpMethod;

/** The group routes: list, get, create, edit, delete, with the main error answers of each. */
final class GroupsContractSamples implements ContractSamples {

    private static final String PRIYA = "0498b775-f94f-4872-9f25-1dfac1adbbb8";
    private static final String NO_SUCH_ID = "00000000-0000-4000-8000-000000000000";

    @Override
    public void exercise(ContractClient client) {
        client.get("/api/v1/groups?limit=2&sortBy=NAME&sortDirection=ASC");
        client.get("/api/v1/groups?limit=501");
        client.get("/api/v1/groups/3ef142f5-13f7-4cf0-bb8e-67b5be3872cb");
        client.get("/api/v1/groups/not-a-uuid");
        client.get("/api/v1/groups/" + NO_SUCH_ID);

        String name = "Contract group " + UUID.randomUUID();
        String id = client.send(HttpMethod.POST, "/api/v1/groups",
                "{\"name\": \"" + name + "\", \"members\": {\"users\": [{\"id\": \"" + PRIYA + "\"}]}}")
                .get("id").asString();
        client.send(HttpMethod.POST, "/api/v1/groups", "{\"name\": \"" + name + "\", \"members\": {\"users\": ["
                + String.join(",", Collections.nCopies(101, "{\"id\": \"" + PRIYA + "\"}")) + "]}}");
        client.send(HttpMethod.PATCH, "/api/v1/groups/" + id,
                "{\"name\": \"" + name + " (renamed)\", \"members\": {\"remove\": {\"users\": [{\"id\": \"" + PRIYA
                        + "\"}]}}}");
        client.send(HttpMethod.PATCH, "/api/v1/groups/" + id,
                "{\"members\": {\"add\": {\"users\": [{\"id\": \"" + NO_SUCH_ID + "\"}]}}}");
        client.send(HttpMethod.DELETE, "/api/v1/groups/" + id, null);
        client.send(HttpMethod.DELETE, "/api/v1/groups/" + id, null);
    }
}
