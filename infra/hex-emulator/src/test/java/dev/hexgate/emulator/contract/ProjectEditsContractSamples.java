package dev.hexgate.emulator.contract;

import org.springframework.http.HttpMethod;

/** CreateProject and UpdateProject: success, invalid bodies, an unknown status and an unknown project. */
final class ProjectEditsContractSamples implements ContractSamples {

    @Override
    public void exercise(ContractClient client) {
        String id = client.send(HttpMethod.POST, "/api/v1/projects",
                "{\"title\": \"Contract sample\", \"description\": \"Made by the contract test\"}").get("id").asString();
        client.send(HttpMethod.POST, "/api/v1/projects", "{\"title\": \"Contract sample without description\"}");
        client.send(HttpMethod.POST, "/api/v1/projects", "{\"description\": \"no title\"}");

        client.send(HttpMethod.PATCH, "/api/v1/projects/" + id, "{\"status\": \"Endorsed\"}");
        client.send(HttpMethod.PATCH, "/api/v1/projects/" + id, "{\"status\": null}");
        client.send(HttpMethod.PATCH, "/api/v1/projects/" + id, "{\"status\": \"Gold standard\"}");
        client.send(HttpMethod.PATCH, "/api/v1/projects/00000000-0000-4000-8000-000000000000", "{\"status\": null}");
        client.send(HttpMethod.PATCH, "/api/v1/projects/not-a-uuid", "{\"status\": null}");
    }
}
