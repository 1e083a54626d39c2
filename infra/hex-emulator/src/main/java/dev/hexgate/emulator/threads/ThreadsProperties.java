package dev.hexgate.emulator.threads;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code hexgate.emulator.threads}. How long a thread runs is a timing ({@code Timings}), not set
 * here.
 *
 * @param rowLimit most rows a thread answer carries (env {@code HEX_EMULATOR_THREAD_ROW_LIMIT}); more rows are
 *     cut off and the table is marked truncated
 * @param rulesResource classpath location of the prompt rules fixture (env {@code HEX_EMULATOR_THREAD_RULES})
 */
@ConfigurationProperties(prefix = "hexgate.emulator.threads")
public record ThreadsProperties(
        @DefaultValue("100") int rowLimit,
        @DefaultValue("fixtures/thread-rules.json") String rulesResource) {

    public ThreadsProperties {
        if (rowLimit < 1) {
            throw new IllegalArgumentException("hexgate.emulator.threads.row-limit must be at least 1");
        }
    }
}
