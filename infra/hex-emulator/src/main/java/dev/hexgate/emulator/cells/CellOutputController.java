package dev.hexgate.emulator.cells;

import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/cells/{cellId}/output} (GetCellOutput, "unstable" in Hex's file): the latest output of a SQL
 * cell, addressed by its id or its static id. A failing query is still a 200, with a {@code cell_run_error}
 * result; asking for a non-SQL cell is a 400.
 */
@RestController
class CellOutputController {

    private final CellOutputs outputs;

    CellOutputController(CellOutputs outputs) {
        this.outputs = outputs;
    }

    @GetMapping("/api/v1/cells/{cellId}/output")
    CellOutput getCellOutput(@PathVariable UUID cellId) {
        return outputs.outputOf(cellId);
    }
}
