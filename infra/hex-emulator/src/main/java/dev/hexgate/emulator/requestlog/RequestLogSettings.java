package dev.hexgate.emulator.requestlog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param capacity how many requests the log keeps; older ones are dropped first (env
 *     {@code HEX_EMULATOR_REQUEST_LOG_CAPACITY})
 */
@ConfigurationProperties(prefix = "hexgate.emulator.request-log")
public record RequestLogSettings(@DefaultValue("1000") int capacity) {

    public RequestLogSettings {
        if (capacity < 1) {
            throw new IllegalArgumentException("hexgate.emulator.request-log.capacity must be at least 1");
        }
    }
}
