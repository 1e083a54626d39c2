package dev.hexgate.contracts;

import dev.hexgate.contracts.codec.EventCodec;
import dev.hexgate.contracts.events.AuditRecorded;
import dev.hexgate.contracts.events.AuthorizationGranted;
import dev.hexgate.contracts.events.CommandCompleted;
import dev.hexgate.contracts.events.CommandFailed;
import dev.hexgate.contracts.events.CommandRequested;
import dev.hexgate.contracts.events.CredentialRevoked;
import dev.hexgate.contracts.events.FailureCode;
import dev.hexgate.contracts.events.HexgateEvent;
import dev.hexgate.contracts.events.Origin;
import dev.hexgate.contracts.events.ThreadFinished;
import dev.hexgate.contracts.events.ThreadPollDue;
import dev.hexgate.contracts.events.ThreadProgressed;
import dev.hexgate.contracts.events.ThreadStarted;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One fully populated instance of every event, so that a round trip exercises every field. */
final class SampleEvents {

    static final Instant T0 = Instant.parse("2026-11-21T10:15:30.123Z");
    static final Origin MCP = Origin.mcp("gw-1", "call-7");
    static final Origin SLACK = Origin.slack("T01", "C02", "1732180000.000100", "1732180000.000200");

    static final CommandRequested REQUESTED = new CommandRequested("ev-1", "cmd-1", "mcp:alice", MCP,
            "get_hex_project", EventCodec.toTree(Map.of("project_id", "5a8591dd-4039-49df-9202-96385ba3eff8")),
            T0, T0.plusSeconds(30));

    static List<HexgateEvent> all() {
        return List.of(
                REQUESTED,
                new CommandCompleted("ev-2", "cmd-1", "mcp:alice", MCP, "get_hex_project",
                        EventCodec.toTree(Map.of("id", "5a8591dd", "title", "Revenue")), 200, T0),
                new CommandFailed("ev-3", "cmd-1", "slack:T01:U03", SLACK, "get_hex_project", FailureCode.NOT_FOUND,
                        404, "Hex has no project 5a8591dd", false, null, T0),
                new ThreadStarted("ev-4", "th-1", "cmd-2", "mcp:alice", MCP, "https://hex.example/t/1", "revenue",
                        T0, T0.plusSeconds(200)),
                new ThreadProgressed("ev-5", "th-1", "cmd-2", MCP, "RUNNING", 3, 20, T0),
                new ThreadFinished("ev-6", "th-1", "cmd-2", "mcp:alice", MCP, ThreadFinished.ThreadOutcome.COMPLETED,
                        List.of("Revenue was 42"), EventCodec.toTree(List.of(Map.of("columns", List.of("revenue")))),
                        "https://hex.example/t/1", EventCodec.toTree(Map.of("revenue", 42)), null, T0),
                new ThreadPollDue("ev-7", "th-1", "cmd-2", "mcp:alice", MCP, 4, T0.plusSeconds(20), T0.plusSeconds(200)),
                new AuthorizationGranted("ev-8", "slack:T01:U03", "hex-mcp", REQUESTED, T0),
                new CredentialRevoked("ev-9", "slack:T01:U03", "hex-api", "disconnected by user", T0),
                new AuditRecorded("ev-10", "mcp:alice", "project.run", "project", "5a8591dd",
                        EventCodec.toTree(Map.of("dryRun", false)), "succeeded", "run-1", "cmd-3", "hex-api-service",
                        T0));
    }

    private SampleEvents() {
    }
}
