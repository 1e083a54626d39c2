package dev.hexgate.emulator.collections;

/**
 * Published when a collection's name changes. Project sharing refers to collections by name, so listeners keep
 * those references pointing at the collection.
 */
public record CollectionRenamed(String oldName, String newName) {
}
