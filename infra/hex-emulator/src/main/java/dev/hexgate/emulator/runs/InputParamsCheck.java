package dev.hexgate.emulator.runs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Checks RunProject's {@code inputParams} against the project's published inputs. */
final class InputParamsCheck {

    private InputParamsCheck() {
    }

    /**
     * Refuses the run (422 {@link InvalidParamPayload}) if any value does not fit its input. Keys the app does not
     * have are ignored as Hex documents, unless the run is refused anyway: then they are listed in
     * {@code notFound}.
     */
    static void check(JsonNode inputParams, ProjectRunSetup setup) {
        if (inputParams == null) {
            return;
        }
        List<InvalidParamPayload.InvalidParam> invalid = new ArrayList<>();
        List<String> notFound = new ArrayList<>();
        for (Map.Entry<String, JsonNode> param : inputParams.properties()) {
            Optional<PublishedInput> input = setup.input(param.getKey());
            if (input.isEmpty()) {
                notFound.add(param.getKey());
            } else if (!input.get().inputCellType().accepts(param.getValue(), input.get().options())) {
                InputCellType type = input.get().inputCellType();
                invalid.add(new InvalidParamPayload.InvalidParam(
                        param.getKey(), param.getValue().toString(), type.dataType(), type.wireName()));
            }
        }
        if (!invalid.isEmpty()) {
            throw RunRejectedException.invalidParams(invalid, notFound);
        }
    }
}
