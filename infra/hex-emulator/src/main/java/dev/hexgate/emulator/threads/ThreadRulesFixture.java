package dev.hexgate.emulator.threads;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The on-disk shape of {@code fixtures/thread-rules.json}: how the emulated agent answers prompts that carry no
 * SQL of their own.
 *
 * @param rules tried in order; the first rule with a pattern found in the prompt answers it
 * @param errorMessages the {@code error.message} for each error type a rule or prompt marker can produce
 * @param unanswerable the answer when no rule matches; {@code {tables}} is replaced by the tables available
 */
record ThreadRulesFixture(List<Rule> rules, Map<ThreadErrorType, String> errorMessages, String unanswerable) {

    // Strict on purpose, like the workspace fixture: a typo should fail at startup, not silently change answers.
    private static final JsonMapper READER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    ThreadRulesFixture {
        rules = rules == null ? List.of() : List.copyOf(rules);
        errorMessages = errorMessages == null ? Map.of() : Map.copyOf(errorMessages);
    }

    /**
     * One keyword rule: either canned SQL the agent runs and presents with {@code answer}, or an {@code error} the
     * thread ends with.
     *
     * @param patterns case-insensitive Java regular expressions searched for in the prompt
     */
    record Rule(String name, List<String> patterns, String answer, String sql, ThreadErrorType error) {
        Rule {
            patterns = patterns == null ? List.of() : List.copyOf(patterns);
        }
    }

    static ThreadRulesFixture readClasspath(String resource) {
        try (InputStream in = ThreadRulesFixture.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Thread rules fixture not found on classpath: " + resource);
            }
            return READER.readValue(in, ThreadRulesFixture.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read thread rules fixture " + resource, e);
        }
    }
}
