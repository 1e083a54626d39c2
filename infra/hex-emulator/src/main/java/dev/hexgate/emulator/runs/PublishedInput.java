package dev.hexgate.emulator.runs;

import java.util.List;
import java.util.Objects;

/**
 * An input added to a project's published app; only these can be set through RunProject's {@code inputParams}.
 *
 * @param name the input's variable name, the key clients use in {@code inputParams}
 * @param inputCellType which kind of input cell it is
 * @param options the allowed values of a dropdown or multiselect; empty means any value of the right type
 */
public record PublishedInput(String name, InputCellType inputCellType, List<String> options) {

    public PublishedInput {
        Objects.requireNonNull(name, "input.name");
        Objects.requireNonNull(inputCellType, "input.inputCellType");
        options = options == null ? List.of() : List.copyOf(options);
        if (!options.isEmpty() && inputCellType != InputCellType.DROPDOWN
                && inputCellType != InputCellType.MULTISELECT) {
            throw new IllegalArgumentException("input '" + name + "': only dropdown and multiselect inputs have options");
        }
    }
}
