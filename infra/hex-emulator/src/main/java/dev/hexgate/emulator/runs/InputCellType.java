package dev.hexgate.emulator.runs;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The kinds of input cell a published app exposes to RunProject's {@code inputParams}. Each has the data type
 * Hex reports in an {@code InvalidParam} ({@code dataType}) and decides which JSON values it accepts.
 */
public enum InputCellType {
    TEXT("text", "string"),
    NUMBER("number", "number"),
    SLIDER("slider", "number"),
    DROPDOWN("dropdown", "string"),
    MULTISELECT("multiselect", "array"),
    CHECKBOX("checkbox", "boolean"),
    DATE("date", "date");

    private final String wireName;
    private final String dataType;

    InputCellType(String wireName, String dataType) {
        this.wireName = wireName;
        this.dataType = dataType;
    }

    /** Lower-case name, as in Hex's {@code inputCellType} and the fixture. */
    @JsonValue
    public String wireName() {
        return wireName;
    }

    public String dataType() {
        return dataType;
    }

    /**
     * Whether {@code value} fits this cell. Numbers may come as numeric strings (clients built from query strings
     * send them that way and Hex parses them); everything else must have the JSON type the cell holds.
     * {@code options}, when the fixture lists any, restrict dropdown and multiselect values.
     */
    boolean accepts(JsonNode value, List<String> options) {
        switch (this) {
            case TEXT:
                return value.isString();
            case NUMBER:
            case SLIDER:
                return value.isNumber() || (value.isString() && isNumeric(value.asString()));
            case DROPDOWN:
                return value.isString() && isOption(value.asString(), options);
            case MULTISELECT:
                if (!value.isArray()) {
                    return false;
                }
                for (JsonNode item : value) {
                    if (!item.isString() || !isOption(item.asString(), options)) {
                        return false;
                    }
                }
                return true;
            case CHECKBOX:
                return value.isBoolean();
            case DATE:
                return value.isString() && isDate(value.asString());
            default:
                throw new IllegalStateException("Unhandled input cell type " + this);
        }
    }

    private static boolean isOption(String value, List<String> options) {
        return options.isEmpty() || options.contains(value);
    }

    private static boolean isNumeric(String text) {
        try {
            Double.parseDouble(text.trim());
            return !text.isBlank();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A calendar date ({@code 2025-10-01}) or a full ISO timestamp with offset. */
    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException notADate) {
            try {
                OffsetDateTime.parse(text);
                return true;
            } catch (DateTimeParseException notATimestamp) {
                return false;
            }
        }
    }
}
