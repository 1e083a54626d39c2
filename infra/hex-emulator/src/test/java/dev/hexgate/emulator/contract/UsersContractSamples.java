package dev.hexgate.emulator.contract;

import org.springframework.http.HttpMethod;

/** Me (workspace and personal token) and ListUsers: pages, a group's members, bad parameters, an unknown group. */
final class UsersContractSamples implements ContractSamples {

    private static final String PERSONAL_TOKEN = "hxtp_emu_44bcff24eb6751fdcc80626affe0ad3";

    @Override
    public void exercise(ContractClient client) {
        client.get("/api/v1/users/me");
        client.send(HttpMethod.GET, "/api/v1/users/me", null, PERSONAL_TOKEN);
        String after = client.get("/api/v1/users?limit=3&sortBy=EMAIL&sortDirection=DESC")
                .at("/pagination/after").asString();
        client.get("/api/v1/users?limit=3&sortBy=EMAIL&sortDirection=DESC&after=" + after);
        client.get("/api/v1/users?groupId=3ef142f5-13f7-4cf0-bb8e-67b5be3872cb");
        client.get("/api/v1/users?limit=501");
        client.get("/api/v1/users?groupId=00000000-0000-4000-8000-000000000000");
    }
}
