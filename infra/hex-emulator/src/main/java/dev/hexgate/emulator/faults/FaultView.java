package dev.hexgate.emulator.faults;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A fault rule as the control plane shows it: the rule as posted (defaults filled in), its id, how often it has
 * fired and, for rules with {@code times}, how many firings remain (0 = spent; spent rules stay listed until
 * deleted, so a test can see that they fired).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id"})
record FaultView(String id, @JsonUnwrapped FaultSpec rule, int applied, Integer remaining) {
}
