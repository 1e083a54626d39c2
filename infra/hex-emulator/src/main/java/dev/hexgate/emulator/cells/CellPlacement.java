package dev.hexgate.emulator.cells;

import java.util.UUID;

/**
 * Where CreateCell puts a new cell ({@code location}); all parts optional.
 *
 * <ul>
 *   <li>nothing: appended at the end of the project, outside any section;</li>
 *   <li>{@code insertAfterCellId}: right after that cell (after a section's children when it is a section), at
 *       the same level;</li>
 *   <li>{@code parentCellId} (+ {@code childPosition}, default LAST): first or last child of that section;</li>
 *   <li>both ids: after that cell, which must then be a child of that section.</li>
 * </ul>
 */
public record CellPlacement(UUID insertAfterCellId, UUID parentCellId, ChildPosition childPosition) {

    public static final CellPlacement END = new CellPlacement(null, null, null);

    public enum ChildPosition { FIRST, LAST }

    /** Combinations that can never make sense, whatever the project holds. */
    public CellPlacement {
        if (childPosition != null && parentCellId == null) {
            throw new CellRuleException("location.childPosition needs location.parentCellId");
        }
        if (childPosition != null && insertAfterCellId != null) {
            throw new CellRuleException("location.childPosition cannot be combined with location.insertAfterCellId");
        }
    }
}
