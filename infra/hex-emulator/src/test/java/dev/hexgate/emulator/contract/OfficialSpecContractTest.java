package dev.hexgate.emulator.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.atlassian.oai.validator.report.ValidationReport;
import dev.hexgate.emulator.EmulatorHttpTest;
import dev.hexgate.emulator.openapi.EmulatedOperation;
import dev.hexgate.emulator.openapi.OpenApiDescription;
import dev.hexgate.emulator.state.Resettable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hex's official OpenAPI file is the judge of the emulator's answers: every operation the emulator serves is
 * exercised by some feature's {@link ContractSamples}, and every answer whose status Hex declares must validate
 * against Hex's schema for it. Runs whenever the official file is present next to the repository.
 */
class OfficialSpecContractTest extends EmulatorHttpTest {

    /** One entry per feature; a new feature adds its samples here. */
    private static final List<ContractSamples> SAMPLES = List.of(
            new ProjectsContractSamples(),
            new ProjectEditsContractSamples(),
            new RunsContractSamples(),
            new CellsContractSamples(),
            new UsersContractSamples(),
            new GroupsContractSamples(),
            new CollectionsContractSamples(),
            new SharingContractSamples(),
            new DataConnectionsContractSamples(),
            new ThreadsContractSamples());

    @Autowired
    OpenApiDescription ownDescription;

    @Autowired
    List<Resettable> state;

    /** Samples create projects and runs; other tests compare against the seed, so put it back. */
    @AfterEach
    void resetState() {
        state.forEach(Resettable::reset);
    }

    @Test
    void everyOperationAnswersAsHexsOfficialFileSays() {
        Optional<OfficialHexSpec> official = OfficialHexSpec.locate();
        assumeTrue(official.isPresent(), "Hex's openapi.json is not next to the repository; contract not checked");

        ContractClient client = new ContractClient(this.client, workspace.workspaceToken().token());
        SAMPLES.forEach(samples -> samples.exercise(client));

        List<String> violations = new ArrayList<>();
        Set<String> exercised = new TreeSet<>();
        Set<String> undeclared = new TreeSet<>();
        for (RecordedExchange exchange : client.recorded()) {
            Optional<EmulatedOperation> operation =
                    ownDescription.operation(exchange.method().name(), exchange.path());
            operation.ifPresent(op -> exercised.add(op.operationId()));
            ValidationReport report = official.get().validate(exchange, LegacyPaths.toCurrent(exchange.path()));
            report.getMessages().stream()
                    .filter(m -> m.getLevel() == ValidationReport.Level.IGNORE
                            && m.getKey().equals("validation.response.status.unknown"))
                    .findAny()
                    .ifPresent(m -> undeclared.add(exchange.toString()));
            if (report.hasErrors()) {
                violations.add(exchange + "\n    " + exchange.responseBody() + "\n    " + report.getMessages());
            }
        }

        System.out.printf("Contract: %d exchanges, %d operations; statuses Hex's file does not declare: %s%n",
                client.recorded().size(), exercised.size(), undeclared);
        assertThat(violations).as("answers that contradict Hex's official OpenAPI file").isEmpty();
        assertThat(exercised).as("operations exercised by contract samples")
                .containsAll(ownDescription.operationIds());
    }
}
