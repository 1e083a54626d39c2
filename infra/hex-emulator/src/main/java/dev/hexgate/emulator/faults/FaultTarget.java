package dev.hexgate.emulator.faults;

/**
 * What a fault rule can match a request on.
 *
 * @param operationId null when the request matched no operation of the emulator's description
 * @param token the API token the request was authenticated with
 */
record FaultTarget(String method, String path, String operationId, String token) {
}
