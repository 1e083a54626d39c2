package dev.hexgate.emulator.threads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GetThreadMessagesTest extends ThreadsHttpTest {

    @Test
    void theDefaultPageIsTheWholeShortTranscriptWithRolePrefixes() {
        String id = createThread(tokenOf(PRIYA), SIMPLE_SQL);
        awaitFinished(tokenOf(PRIYA), id);

        JsonNode page = okBody(getAs(tokenOf(PRIYA), messages(id)));

        assertThat(page.propertyNames()).containsExactlyInAnyOrder("content", "pagination");
        assertThat(texts(page)).hasSize(2);
        assertThat(texts(page).get(0)).isEqualTo("user: " + SIMPLE_SQL);
        assertThat(texts(page).get(1)).startsWith("assistant: I ran your SQL").contains("| 1 | Alder Logistics |");
        assertThat(page.at("/content/0/type").asString()).isEqualTo("text");
        assertThat(page.at("/pagination/after").isNull()).isTrue();
        assertThat(page.at("/pagination/before").isNull()).isTrue();
    }

    @Test
    void errorBlocksAreTagged() {
        String id = createThread(tokenOf(PRIYA), "[emulator:error AGENT_OVERLOADED] How many customers?");
        awaitFinished(tokenOf(PRIYA), id);

        List<String> texts = texts(okBody(getAs(tokenOf(PRIYA), messages(id))));

        assertThat(texts.get(1)).startsWith("assistant: [error AGENT_OVERLOADED] The agent is overloaded");
    }

    @Test
    void pagesBackwardsFromTheMostRecentPageAndForwardAgain() {
        String id = threadWithBlocks(6);

        JsonNode latest = okBody(getAs(tokenOf(PRIYA), messages(id), "limit", "2"));
        assertThat(texts(latest)).hasSize(2);
        assertThat(texts(latest).get(0)).isEqualTo("user: How many customers are in EMEA? (3)");
        assertThat(texts(latest).get(1)).startsWith("assistant:").contains("| 24 |");
        assertThat(latest.at("/pagination/after").isNull()).isTrue();
        String before = latest.at("/pagination/before").asString();

        JsonNode middle = okBody(getAs(tokenOf(PRIYA), messages(id), "limit", "2", "before", before));
        assertThat(texts(middle).get(0)).isEqualTo("user: How many customers are in EMEA? (2)");
        JsonNode oldest = okBody(getAs(tokenOf(PRIYA), messages(id), "limit", "2", "before",
                middle.at("/pagination/before").asString()));
        assertThat(texts(oldest).get(0)).isEqualTo("user: How many customers are in EMEA? (1)");
        assertThat(oldest.at("/pagination/before").isNull()).isTrue();

        JsonNode forward = okBody(getAs(tokenOf(PRIYA), messages(id), "limit", "2", "after",
                oldest.at("/pagination/after").asString()));
        assertThat(texts(forward)).isEqualTo(texts(middle));
    }

    @Test
    void limitMustBeBetween1And50() {
        String id = createThread(tokenOf(PRIYA), "How many customers do we have?");

        for (String bad : List.of("0", "51", "ten", "2.5")) {
            assertRejectedNaming(getAs(tokenOf(PRIYA), messages(id), "limit", bad), "limit");
        }
        getAs(tokenOf(PRIYA), messages(id), "limit", "50").expectStatus().isOk();
        getAs(tokenOf(PRIYA), messages(id), "limit", "1").expectStatus().isOk();
    }

    @Test
    void badCursorsAreBadRequests() {
        String id = threadWithBlocks(4);
        String other = threadWithBlocks(4);
        String foreignCursor = okBody(getAs(tokenOf(PRIYA), messages(other), "limit", "1"))
                .at("/pagination/before").asString();

        assertThat(firstIssue(errorBody(getAs(tokenOf(PRIYA), messages(id), "after", "garbage!"), 400)))
                .isEqualTo("after is not a valid cursor");
        assertThat(firstIssue(errorBody(getAs(tokenOf(PRIYA), messages(id), "before", foreignCursor), 400)))
                .isEqualTo("before is not a valid cursor");
        assertThat(firstIssue(errorBody(getAs(tokenOf(PRIYA), messages(id), "after", foreignCursor, "before",
                foreignCursor), 400))).contains("after and before");
    }

    @Test
    void unknownOrForeignThreadIsNotFound() {
        String id = createThread(tokenOf(PRIYA), "How many customers do we have?");

        getAs(tokenOf(PRIYA), messages("00000000-0000-4000-8000-000000000000")).expectStatus().isNotFound()
                .expectBody().json("{\"code\":\"NOT_FOUND\",\"message\":\"Not found\",\"issues\":[]}", true);
        getAs(tokenOf(DANIEL), messages(id)).expectStatus().isNotFound();
    }

    /** A thread of {@code blocks / 2} answered turns, built with follow-ups. */
    private String threadWithBlocks(int blocks) {
        String id = createThread(tokenOf(PRIYA), "How many customers are in EMEA? (1)");
        awaitFinished(tokenOf(PRIYA), id);
        for (int turn = 2; turn <= blocks / 2; turn++) {
            okBody(postAs(tokenOf(PRIYA), THREADS + "/" + id + "/followup",
                    toJson(Map.of("prompt", "How many customers are in EMEA? (" + turn + ")"))));
            awaitFinished(tokenOf(PRIYA), id);
        }
        return id;
    }

    private static String messages(String id) {
        return THREADS + "/" + id + "/messages";
    }

    private static List<String> texts(JsonNode page) {
        List<String> texts = new ArrayList<>();
        page.get("content").forEach(block -> texts.add(block.get("text").asString()));
        return texts;
    }
}
