package dev.hexgate.emulator.threads.rest;

import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads the CreateThread and ContinueThread bodies. The OpenAPI description ({@code openapi/threads.yaml}) is what
 * rejects malformed bodies once request validation runs; these reads only need the values to be usable and keep
 * the same 400 answer in the meantime. The cross-field rule (projectId vs newProject) is business logic and stays.
 */
final class ThreadRequestBodies {

    private ThreadRequestBodies() {
    }

    /**
     * CreateThread: {@code prompt} plus how the thread relates to a project. {@code attachments} and
     * {@code previewId} are accepted and ignored.
     */
    record CreateThreadBody(String prompt, String projectId, boolean newProject, boolean muted) {
    }

    static CreateThreadBody createThread(JsonNode body) {
        JsonNode json = object(body);
        Optional<String> projectId = optionalString(json, "projectId");
        Optional<Boolean> newProject = optionalBoolean(json, "newProject");
        if (projectId.isPresent() && newProject.isPresent()) {
            throw ThreadApiException.badRequest("projectId and newProject are mutually exclusive");
        }
        return new CreateThreadBody(prompt(json), projectId.orElse(null), newProject.orElse(false),
                optionalBoolean(json, "muted").orElse(false));
    }

    /** ContinueThread: the follow-up {@code prompt}; {@code attachments} are accepted and ignored. */
    static String followupPrompt(JsonNode body) {
        return prompt(object(body));
    }

    private static JsonNode object(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ThreadApiException.badRequest("The request body must be a JSON object");
        }
        return body;
    }

    private static String prompt(JsonNode json) {
        JsonNode prompt = json.get("prompt");
        if (prompt == null || prompt.isNull()) {
            throw ThreadApiException.badRequest("prompt is required");
        }
        if (!prompt.isString()) {
            throw ThreadApiException.badRequest("prompt must be a string");
        }
        if (prompt.stringValue().isEmpty()) {
            throw ThreadApiException.badRequest("prompt must not be empty");
        }
        return prompt.stringValue();
    }

    private static Optional<String> optionalString(JsonNode json, String name) {
        JsonNode value = json.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isString()) {
            throw ThreadApiException.badRequest(name + " must be a string");
        }
        return Optional.of(value.stringValue());
    }

    private static Optional<Boolean> optionalBoolean(JsonNode json, String name) {
        JsonNode value = json.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            throw ThreadApiException.badRequest(name + " must be a boolean");
        }
        return Optional.of(value.booleanValue());
    }
}
