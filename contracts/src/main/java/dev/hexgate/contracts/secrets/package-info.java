/**
 * Secrets a command must carry to Hex (data-connection passwords, keys, tokens) cross Kafka sealed, never in clear:
 * the gateway seals them with hex-api-service's public key ({@link SecretSealer}), only hex-api-service can open
 * them ({@link SecretOpener}). See {@link SealedArguments} for which fields are sealed and how.
 */
package dev.hexgate.contracts.secrets;
