package dev.hexgate.emulator.contract;

/**
 * One feature's sample traffic for the contract test: requests that exercise each of the feature's operations —
 * the success case and the error answers a client must be able to parse — sent through a {@link ContractClient},
 * which records every exchange for validation against Hex's official OpenAPI file.
 */
public interface ContractSamples {

    void exercise(ContractClient client);
}
