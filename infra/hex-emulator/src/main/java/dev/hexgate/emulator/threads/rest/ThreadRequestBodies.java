package dev.hexgate.emulator.threads.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The CreateThread and ContinueThread bodies. Their shape — an object, {@code prompt} a non-empty string, the other
 * fields typed — is checked against {@code openapi/threads.yaml} before a route runs, so these records only carry
 * the values. {@code attachments} and {@code previewId} are accepted and ignored.
 */
final class ThreadRequestBodies {

    private ThreadRequestBodies() {
    }

    /** CreateThread: {@code prompt} plus how the thread relates to a project; null means not sent. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CreateThreadBody(String prompt, String projectId, Boolean newProject, Boolean muted) {

        /** A cross-field rule the description cannot state: a thread works in a given project or a new one. */
        void requireProjectChoiceIsUnambiguous() {
            if (projectId != null && newProject != null) {
                throw ThreadApiException.badRequest("projectId and newProject are mutually exclusive");
            }
        }

        boolean wantsNewProject() {
            return Boolean.TRUE.equals(newProject);
        }

        boolean isMuted() {
            return Boolean.TRUE.equals(muted);
        }
    }

    /** ContinueThread: the follow-up {@code prompt}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record FollowupBody(String prompt) {
    }
}
