package dev.hexgate.emulator.contract;

import java.util.UUID;
import org.springframework.http.HttpMethod;

/** The collection routes: list, get, create, edit, with the main error answers of each. */
final class CollectionsContractSamples implements ContractSamples {

    private static final String HANNAH = "345b52d1-3dc1-45bf-8987-80e8bf872c77";
    private static final String DATA_TEAM = "3ef142f5-13f7-4cf0-bb8e-67b5be3872cb";
    private static final String NO_SUCH_ID = "00000000-0000-4000-8000-000000000000";

    @Override
    public void exercise(ContractClient client) {
        String after = client.get("/api/v1/collections?limit=2&sortBy=NAME").at("/pagination/after").asString();
        client.get("/api/v1/collections?limit=2&after=" + after);
        client.get("/api/v1/collections?limit=0");
        client.get("/api/v1/collections/5c459001-2644-4721-9365-a280dfca5954");
        client.get("/api/v1/collections/" + NO_SUCH_ID);
        client.get("/api/v1/collections/finance");

        String name = "Contract collection " + UUID.randomUUID();
        String id = client.send(HttpMethod.POST, "/api/v1/collections", """
                {"name": "%s", "description": "Samples", "sharing": {"users": [{"id": "%s", "access": "CAN_VIEW"}],
                 "groups": [{"id": "%s", "access": "CAN_EDIT"}], "workspace": {"members": "CAN_VIEW"}}}"""
                .formatted(name, HANNAH, DATA_TEAM)).get("id").asString();
        client.send(HttpMethod.POST, "/api/v1/collections", "{\"name\": \"" + name + "\"}");
        client.send(HttpMethod.PATCH, "/api/v1/collections/" + id, """
                {"name": "%s (renamed)", "sharing": {"upsert": {"users": [{"id": "%s", "access": "NONE"}]}}}"""
                .formatted(name, HANNAH));
        client.send(HttpMethod.PATCH, "/api/v1/collections/" + id, """
                {"sharing": {"upsert": {"groups": [{"id": "%s", "access": "CAN_VIEW"}]}}}""".formatted(NO_SUCH_ID));
    }
}
