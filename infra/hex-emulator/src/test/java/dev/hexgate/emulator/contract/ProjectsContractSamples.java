package dev.hexgate.emulator.contract;

/** ListProjects and GetProject: pages with and without sharing, a bad parameter, an unknown id. */
final class ProjectsContractSamples implements ContractSamples {

    @Override
    public void exercise(ContractClient client) {
        String first = client.get("/api/v1/projects?limit=3&includeSharing=true")
                .at("/values/0/id").asString();
        client.get("/api/v1/projects?includeArchived=true&includeComponents=true&includeTrashed=true&limit=100");
        client.get("/api/v1/projects?limit=0");
        client.get("/api/v1/projects/" + first);
        client.get("/api/v1/projects/" + first + "?includeSharing=true");
        client.get("/api/v1/projects/00000000-0000-4000-8000-000000000000");
        client.get("/api/v1/projects/not-a-uuid");
    }
}
