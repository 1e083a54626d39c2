package dev.hexgate.emulator.faults;

import dev.hexgate.emulator.control.ControlPlaneInputException;
import dev.hexgate.emulator.openapi.OpenApiDescription;
import dev.hexgate.emulator.state.Resettable;
import dev.hexgate.emulator.workspace.Workspace;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;

/**
 * The fault rules in force, in the order they were added. For each request the rules are tried in order: every
 * matching rule that fires (see {@link FaultSpec#probability()}, {@link FaultSpec#times()}) adds its delay, and the
 * first one with a status or {@code drop} answers the request, ending the walk — so a latency rule and a
 * 503 rule can both apply to one request. Decisions are serialised so each rule's random sequence and remaining
 * count stay exact under concurrent requests.
 */
@Component
public class FaultRules implements Resettable {

    private final OpenApiDescription description;
    private final Workspace workspace;
    private final AntPathMatcher paths = new AntPathMatcher();
    private final AtomicLong ids = new AtomicLong();
    private final List<ActiveFault> rules = new ArrayList<>();

    public FaultRules(OpenApiDescription description, Workspace workspace) {
        this.description = description;
        this.workspace = workspace;
    }

    /** Appends a rule; ids are never reused within one emulator process. */
    public FaultView add(FaultSpec spec) {
        if (spec.operationId() != null && !description.operationIds().contains(spec.operationId())) {
            throw new ControlPlaneInputException("Unknown operationId '" + spec.operationId() + "'; the emulator "
                    + "serves " + description.operationIds());
        }
        if (spec.token() != null && workspace.token(spec.token()).isEmpty()) {
            throw new ControlPlaneInputException("'token' is not one of the workspace's API tokens");
        }
        ActiveFault fault = new ActiveFault("fault-" + ids.incrementAndGet(), spec);
        synchronized (rules) {
            rules.add(fault);
            return fault.view();
        }
    }

    public List<FaultView> list() {
        synchronized (rules) {
            return rules.stream().map(ActiveFault::view).toList();
        }
    }

    public boolean remove(String id) {
        synchronized (rules) {
            return rules.removeIf(f -> f.id.equals(id));
        }
    }

    Optional<FaultDecision> decide(FaultTarget target) {
        synchronized (rules) {
            List<String> fired = new ArrayList<>();
            Duration delay = Duration.ZERO;
            Duration answerDelay = Duration.ZERO;
            for (ActiveFault fault : rules) {
                if (!matches(fault.spec, target) || !fault.fires()) {
                    continue;
                }
                fired.add(fault.id);
                if (fault.spec.delay() != null) {
                    delay = delay.plus(fault.spec.delay());
                }
                if (fault.spec.answerDelay() != null) {
                    answerDelay = answerDelay.plus(fault.spec.answerDelay());
                }
                if (fault.spec.isTerminal()) {
                    return Optional.of(new FaultDecision(fired, delay, Duration.ZERO, fault.spec));
                }
            }
            return fired.isEmpty() ? Optional.empty()
                    : Optional.of(new FaultDecision(fired, delay, answerDelay, null));
        }
    }

    @Override
    public void reset() {
        synchronized (rules) {
            rules.clear();
        }
    }

    private boolean matches(FaultSpec spec, FaultTarget target) {
        if (spec.token() != null && !spec.token().equals(target.token())) {
            return false;
        }
        if (spec.operationId() != null) {
            return spec.operationId().equals(target.operationId());
        }
        return (spec.method() == null || spec.method().equalsIgnoreCase(target.method()))
                && paths.match(spec.path(), target.path());
    }

    /** A rule plus its firing state; guarded by the rule list's lock. */
    private static final class ActiveFault {
        final String id;
        final FaultSpec spec;
        final Random random;
        int applied;

        ActiveFault(String id, FaultSpec spec) {
            this.id = id;
            this.spec = spec;
            this.random = spec.seed() == null ? null : new Random(spec.seed());
        }

        /**
         * Whether the rule affects this matching request: not spent, and the next number of its seeded sequence
         * is below the probability (the n-th matching request is affected iff the n-th
         * {@code new Random(seed).nextDouble()} is below it). Counts the firing.
         */
        boolean fires() {
            if (spec.times() != null && applied >= spec.times()) {
                return false;
            }
            if (spec.probability() < 1 && random.nextDouble() >= spec.probability()) {
                return false;
            }
            applied++;
            return true;
        }

        FaultView view() {
            Integer remaining = spec.times() == null ? null : spec.times() - applied;
            return new FaultView(id, spec, applied, remaining);
        }
    }
}
