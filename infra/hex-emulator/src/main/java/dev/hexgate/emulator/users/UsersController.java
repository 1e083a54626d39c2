package dev.hexgate.emulator.users;

import dev.hexgate.emulator.auth.BearerTokenFilter;
import dev.hexgate.emulator.groups.GroupStore;
import dev.hexgate.emulator.paging.ListParams;
import dev.hexgate.emulator.paging.Ordering;
import dev.hexgate.emulator.paging.Page;
import dev.hexgate.emulator.paging.Pager;
import dev.hexgate.emulator.paging.SortDirection;
import dev.hexgate.emulator.web.RejectedRequestException;
import dev.hexgate.emulator.workspace.ApiToken;
import dev.hexgate.emulator.workspace.TokenKind;
import dev.hexgate.emulator.workspace.User;
import dev.hexgate.emulator.workspace.Workspace;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@code GET /api/v1/users/me} (Me) and {@code GET /api/v1/users} (ListUsers). Both answer errors in Hex's newer
 * code/message/issues shape.
 */
@RestController
class UsersController {

    static final int DEFAULT_LIMIT = 25;
    private static final Pattern UUID_FORMAT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final Workspace workspace;
    private final GroupStore groups;

    UsersController(Workspace workspace, GroupStore groups) {
        this.workspace = workspace;
        this.groups = groups;
    }

    enum SortBy { NAME, EMAIL }

    @GetMapping("/api/v1/users/me")
    Object me(ServerWebExchange exchange) {
        ApiToken token = BearerTokenFilter.caller(exchange);
        MeResponse.OrgRef org = new MeResponse.OrgRef(workspace.org().id());
        MeResponse.TokenInfo tokenInfo = new MeResponse.TokenInfo(null);
        if (token.kind() == TokenKind.WORKSPACE) {
            return new MeResponse.ForWorkspace(org, tokenInfo);
        }
        User user = workspace.userByEmail(token.user()).orElseThrow();
        return new MeResponse.ForUser(user.id(), user.name(), user.email(), user.role(), user.lastLoginDate(), org,
                tokenInfo);
    }

    /**
     * Filters combine with AND: {@code groupId} keeps the group's members (an unknown group is a 404),
     * {@code userIds} keeps the listed users (ids that match nobody are simply not found, like any filter).
     */
    @GetMapping("/api/v1/users")
    Page<User> list(@RequestParam MultiValueMap<String, String> query) {
        ListParams params = new ListParams(query);
        SortBy sortBy = params.enumValue("sortBy", SortBy.class, SortBy.NAME);
        SortDirection direction = params.enumValue("sortDirection", SortDirection.class, SortDirection.ASC);
        List<User> users = workspace.users();
        Optional<String> groupId = params.text("groupId");
        if (groupId.isPresent()) {
            UUID id = UUID.fromString(groupId.get()); // format checked by the description
            users = groups.find(id).map(groups::members)
                    .orElseThrow(() -> RejectedRequestException.notFound("Group not found: " + id));
        }
        Optional<Set<UUID>> userIds = params.text("userIds").map(UsersController::parseIds);
        if (userIds.isPresent()) {
            users = users.stream().filter(u -> userIds.get().contains(u.id())).toList();
        }
        Function<User, String> key = sortBy == SortBy.NAME ? u -> ListParams.sortable(u.name())
                : u -> ListParams.sortable(u.email());
        Ordering<User> ordering = new Ordering<>(sortBy + ":" + direction, key, u -> u.id().toString(),
                direction.ascending());
        return Pager.page(users, ordering, params.limit(DEFAULT_LIMIT), params.text("after"), params.text("before"));
    }

    /** Comma-separated ids; each must be a UUID, blanks between commas are ignored. */
    private static Set<UUID> parseIds(String value) {
        Set<UUID> ids = new HashSet<>();
        for (String part : Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()) {
            if (!UUID_FORMAT.matcher(part).matches()) {
                throw RejectedRequestException.badRequest("userIds: '" + part + "' is not a UUID");
            }
            ids.add(UUID.fromString(part));
        }
        return ids;
    }
}
