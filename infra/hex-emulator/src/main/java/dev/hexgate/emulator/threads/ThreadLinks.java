package dev.hexgate.emulator.threads;

import dev.hexgate.emulator.PublicUrl;
import dev.hexgate.emulator.workspace.Workspace;
import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Absolute links the emulator hands out for threads and projects, under {@code publicUrl} and an org slug the way
 * Hex's are under the workspace name ({@code https://app.hex.tech/<org>/threads/<id>}). They are stable but
 * opaque: the emulator serves no page there, and Hex documents no format.
 */
@Component
public class ThreadLinks {

    private final PublicUrl publicUrl;
    private final String orgSlug;

    public ThreadLinks(PublicUrl publicUrl, Workspace workspace) {
        this.publicUrl = publicUrl;
        this.orgSlug = slug(workspace.org().name());
    }

    private String orgBase() {
        return publicUrl.base() + "/" + orgSlug;
    }

    public String thread(UUID id) {
        return orgBase() + "/threads/" + id;
    }

    /** The notebook of a project (Hex's {@code /hex/<uuid>/...} form, which carries the id). */
    public String project(UUID id) {
        return orgBase() + "/hex/" + id + "/draft/logic";
    }

    /** The published app of a project. */
    public String app(UUID id) {
        return orgBase() + "/app/" + id + "/latest";
    }

    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "workspace" : slug;
    }
}
