package dev.hexgate.emulator.threads;

import dev.hexgate.emulator.warehouse.SampleWarehouse;
import dev.hexgate.emulator.warehouse.WarehouseQueryException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The prompt rules from the fixture, checked at startup: every pattern compiles, every canned query runs against
 * the sample warehouse, every rule has exactly one outcome. A broken rule fails startup instead of surfacing as a
 * wrong answer in some client's test.
 */
@Component
public class ThreadRules {

    private final List<CompiledRule> rules;
    private final ThreadRulesFixture fixture;

    @Autowired
    public ThreadRules(ThreadsProperties properties, SampleWarehouse warehouse) {
        this(ThreadRulesFixture.readClasspath(properties.rulesResource()), warehouse);
    }

    ThreadRules(ThreadRulesFixture fixture, SampleWarehouse warehouse) {
        this.fixture = fixture;
        require(fixture.unanswerable() != null && !fixture.unanswerable().isBlank(), "unanswerable is required");
        Set<String> names = new HashSet<>();
        this.rules = fixture.rules().stream().map(rule -> compile(rule, warehouse)).toList();
        rules.forEach(r -> require(names.add(r.name()), "duplicate rule name " + r.name()));
    }

    /** A rule ready to match: its patterns compiled, its outcome checked. */
    public record CompiledRule(String name, List<Pattern> patterns, String answer, String sql,
            ThreadErrorType error) {

        boolean matches(String prompt) {
            return patterns.stream().anyMatch(p -> p.matcher(prompt).find());
        }
    }

    /** The first rule with a pattern found in {@code prompt}. */
    public Optional<CompiledRule> match(String prompt) {
        return rules.stream().filter(r -> r.matches(prompt)).findFirst();
    }

    public String errorMessage(ThreadErrorType type) {
        String message = fixture.errorMessages().get(type);
        return message != null ? message : "The thread could not complete (" + type + ").";
    }

    /** The honest "cannot answer" text, naming the tables the agent can query. */
    public String unanswerable(List<String> tables) {
        return fixture.unanswerable().replace("{tables}", String.join(", ", tables));
    }

    private static CompiledRule compile(ThreadRulesFixture.Rule rule, SampleWarehouse warehouse) {
        require(rule.name() != null && !rule.name().isBlank(), "every rule needs a name");
        String where = "rule '" + rule.name() + "'";
        require(!rule.patterns().isEmpty(), where + " has no patterns");
        require((rule.sql() == null) != (rule.error() == null), where + " needs exactly one of sql and error");
        if (rule.sql() != null) {
            require(rule.answer() != null && !rule.answer().isBlank(), where + " with sql needs an answer");
            try {
                warehouse.query(rule.sql(), 1);
            } catch (WarehouseQueryException e) {
                throw new IllegalStateException("Invalid thread rules fixture: " + where + " SQL fails: "
                        + e.getMessage(), e);
            }
        } else {
            require(rule.answer() == null, where + " with error takes its message from errorMessages, not answer");
        }
        List<Pattern> patterns = rule.patterns().stream().map(p -> {
            try {
                return Pattern.compile(p, Pattern.CASE_INSENSITIVE);
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException("Invalid thread rules fixture: " + where + " pattern " + p, e);
            }
        }).toList();
        return new CompiledRule(rule.name(), patterns, rule.answer(), rule.sql(), rule.error());
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException("Invalid thread rules fixture: " + message);
        }
    }
}
