package dev.hexgate.emulator.contract;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/**
 * CreateThread, GetThread, GetThreadMessages, ContinueThread and ListThreads: threads created standalone, on a
 * project and with a new project; a thread read while RUNNING, once IDLE and after ending in ERROR; transcript
 * pages; follow-ups accepted and refused (thread still running); listings for an admin and a manager and the 403
 * for an editor; and the 400/404 answers (schema violations, unknown project, bad cursors, unknown threads).
 *
 * <p>Threads run for the configured time (3 s by default), so the samples create everything that must finish
 * first, read it while it runs, then poll GetThread until it has left RUNNING.
 */
final class ThreadsContractSamples implements ContractSamples {

    private static final String THREADS = "/api/v1/threads";
    private static final String REVENUE_DASHBOARD = "a0d02293-39a6-420a-a0ed-8d7894fdd7c0";
    private static final String UNKNOWN = "00000000-0000-4000-8000-000000000000";
    /** Personal tokens from fixtures/workspace.json: Daniel is a MANAGER, Priya an EDITOR. */
    private static final String DANIEL = "hxtp_emu_bd3dae5fb91f88a4f0978222dfd58f5";
    private static final String PRIYA = "hxtp_emu_44bcff24eb6751fdcc80626affe0ad3";
    private static final String SQL_PROMPT = "Run this SQL: SELECT segment, COUNT(*) AS customers "
            + "FROM analytics.public.customers GROUP BY segment ORDER BY segment";

    @Override
    public void exercise(ContractClient client) {
        String answered = create(client, "{\"prompt\": \"" + SQL_PROMPT + "\", \"muted\": true}");
        String failed = create(client, "{\"prompt\": \"How many customers? [emulator:error NO_DATA]\"}");
        client.send(HttpMethod.POST, THREADS, """
                {"prompt": "How many customers do we have?", "projectId": "%s",
                 "attachments": {"tableIds": ["customers"], "dataConnectionId": null}}""".formatted(REVENUE_DASHBOARD),
                DANIEL);
        client.send(HttpMethod.POST, THREADS, "{\"prompt\": \"Build me a churn overview\", \"newProject\": true}");
        client.send(HttpMethod.POST, THREADS, "{\"prompt\": \"\"}");
        client.send(HttpMethod.POST, THREADS, "{\"muted\": true}");
        client.send(HttpMethod.POST, THREADS, null);
        client.send(HttpMethod.POST, THREADS, "{\"prompt\": \"hi\", \"projectId\": \"" + UNKNOWN + "\"}");
        client.send(HttpMethod.POST, THREADS,
                "{\"prompt\": \"hi\", \"projectId\": \"" + REVENUE_DASHBOARD + "\", \"newProject\": true}");

        // While the threads run.
        client.get(THREADS + "/" + answered);
        client.get(THREADS + "/" + answered + "/messages");
        client.send(HttpMethod.POST, THREADS + "/" + answered + "/followup", "{\"prompt\": \"And by region?\"}");

        awaitFinished(client, answered);
        awaitFinished(client, failed);
        client.get(THREADS + "/" + failed);
        client.get(THREADS + "/" + failed + "/messages");
        client.get(THREADS + "/" + UNKNOWN);
        client.get(THREADS + "/not-a-thread");

        JsonNode last = client.get(THREADS + "/" + answered + "/messages?limit=1");
        client.get(THREADS + "/" + answered + "/messages?limit=1&before=" + last.at("/pagination/before").asString());
        client.get(THREADS + "/" + answered + "/messages?after=not-a-cursor");
        client.get(THREADS + "/" + answered + "/messages?limit=0");
        client.get(THREADS + "/" + UNKNOWN + "/messages");

        client.send(HttpMethod.POST, THREADS + "/" + answered + "/followup",
                "{\"prompt\": \"Which segment has the most customers?\", \"attachments\": {\"projectIds\": []}}");
        client.send(HttpMethod.POST, THREADS + "/" + answered + "/followup", "{}");
        client.send(HttpMethod.POST, THREADS + "/" + UNKNOWN + "/followup", "{\"prompt\": \"hi\"}");

        JsonNode page = client.get(THREADS + "?limit=2");
        client.get(THREADS + "?limit=2&after=" + page.at("/pagination/after").asString());
        client.get(THREADS + "?source=PUBLIC_API&type=THREADS&numDays=1&hasFeedback=false&roles=ADMIN,MANAGER");
        client.get(THREADS + "?warnings=OTHER&topicIds=t1");
        client.send(HttpMethod.GET, THREADS, null, DANIEL);
        client.send(HttpMethod.GET, THREADS, null, PRIYA);
        client.get(THREADS + "?limit=0");
        client.get(THREADS + "?source=EMAIL");
        client.get(THREADS + "?before=not-a-cursor");
    }

    private static String create(ContractClient client, String body) {
        return client.send(HttpMethod.POST, THREADS, body).get("threadId").asString();
    }

    /** Polls GetThread (each poll is a recorded exchange too) until the thread is IDLE or ERROR. */
    private static void awaitFinished(ContractClient client, String id) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> client.get(THREADS + "/" + id).get("status").asString(), s -> !s.equals("RUNNING"));
    }
}
