package dev.hexgate.emulator.mcp;

import dev.hexgate.emulator.state.ProjectStore;
import dev.hexgate.emulator.threads.ThreadLinks;
import dev.hexgate.emulator.workspace.Project;
import dev.hexgate.emulator.workspace.User;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * {@code search_projects}: projects whose title or description contains the query, case-insensitively, unpublished
 * ones included (as on Hex) and trashed ones left out. A published project is reported as its {@code app}, an
 * unpublished one as a {@code project} (its notebook). Hex's {@code generated_summary} is not emulated.
 */
@Component
class SearchProjectsTool implements HexMcpTool {

    private final ProjectStore projects;
    private final ThreadLinks links;
    private final ToolResults results;

    SearchProjectsTool(ProjectStore projects, ThreadLinks links, ToolResults results) {
        this.projects = projects;
        this.links = links;
        this.results = results;
    }

    /** One search hit. */
    record ProjectHit(String projectId, String title, String description, String url, String type) {
    }

    record SearchResult(List<ProjectHit> projects) {
    }

    @Override
    public Tool definition() {
        return Tool.builder()
                .name("search_projects")
                .title("Search Hex projects")
                .description("Find Hex projects and apps whose title or description contains the query text.")
                .inputSchema(ToolSchemas.objectWith(Map.of("query",
                        ToolSchemas.string("Text to look for in project titles and descriptions.")), "query"))
                .annotations(ToolAnnotations.builder().readOnlyHint(true).destructiveHint(false)
                        .idempotentHint(true).openWorldHint(true).build())
                .build();
    }

    @Override
    public Mono<CallToolResult> call(User caller, ToolArguments arguments) {
        String query = arguments.requiredString("query").strip().toLowerCase(Locale.ROOT);
        List<ProjectHit> hits = projects.all().stream()
                .filter(p -> !p.isTrashed())
                .filter(p -> contains(p.title(), query) || contains(p.description(), query))
                .map(this::hit)
                .toList();
        return Mono.just(results.success(new SearchResult(hits)));
    }

    private ProjectHit hit(Project project) {
        boolean published = project.lastPublishedAt() != null;
        return new ProjectHit(project.id().toString(), project.title(), project.description(),
                published ? links.app(project.id()) : links.project(project.id()), published ? "app" : "project");
    }

    private static boolean contains(String text, String query) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(query);
    }
}
