/** The Hex emulator run in-process for tests: {@link dev.hexgate.testkit.emulator.SharedEmulator}. */
package dev.hexgate.testkit.emulator;
