package dev.hexgate.contracts.kafka;

/** Record header names: CloudEvents binary-mode attributes plus hexgate's correlation headers. */
public final class EventHeaders {

    public static final String CE_ID = "ce_id";
    public static final String CE_TYPE = "ce_type";
    public static final String CE_SOURCE = "ce_source";
    public static final String CE_TIME = "ce_time";
    public static final String CE_SPECVERSION = "ce_specversion";
    public static final String CONTENT_TYPE = "content-type";
    public static final String COMMAND_ID = "hexgate-command-id";
    /** W3C trace context, so a trace follows a call across services. */
    public static final String TRACEPARENT = "traceparent";

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    private EventHeaders() {
    }
}
