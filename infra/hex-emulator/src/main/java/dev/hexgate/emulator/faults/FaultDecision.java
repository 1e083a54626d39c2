package dev.hexgate.emulator.faults;

import java.time.Duration;
import java.util.List;

/**
 * What the fault rules do to one request.
 *
 * @param ruleIds the rules that fired, in order
 * @param delay the sum of their delays
 * @param answerDelay the sum of their answer delays (only when the request goes on to the route)
 * @param answer the rule that answers or drops the request; null if the request goes on to the route
 */
record FaultDecision(List<String> ruleIds, Duration delay, Duration answerDelay, FaultSpec answer) {
}
