package dev.hexgate.emulator.workspace;

/** COMPONENTs are reusable building blocks; ListProjects hides them unless asked. */
public enum ProjectType {
    PROJECT, COMPONENT
}
