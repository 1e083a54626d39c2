package dev.hexgate.emulator.cells;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code hexgate.emulator.cells}.
 *
 * @param outputRowLimit rows GetCellOutput previews at most (its {@code rowLimit}); Hex does not document its own
 *     preview size (env {@code HEX_EMULATOR_CELLS_OUTPUT_ROW_LIMIT})
 */
@ConfigurationProperties(prefix = "hexgate.emulator.cells")
public record CellsProperties(@DefaultValue("100") int outputRowLimit) {

    public CellsProperties {
        if (outputRowLimit < 1 || outputRowLimit > 10_000) {
            throw new IllegalArgumentException("hexgate.emulator.cells.output-row-limit must be 1..10000");
        }
    }
}
