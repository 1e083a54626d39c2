package dev.hexgate.emulator.groups;

import java.util.List;
import java.util.UUID;

/** Request bodies of the group routes; shape and limits were checked against the OpenAPI description already. */
final class GroupRequests {

    private GroupRequests() {
    }

    record CreateGroup(String name, Members members) {
    }

    record EditGroup(String name, MemberChanges members) {
    }

    record MemberChanges(Members add, Members remove) {
    }

    /** {@code {"users": [{"id": "..."}]}}, Hex's member list shape in requests and in CreateGroup's answer. */
    record Members(List<UserRef> users) {

        static Members of(List<UUID> ids) {
            return new Members(ids.stream().map(UserRef::new).toList());
        }

        static List<UUID> ids(Members members) {
            return members == null || members.users() == null ? List.of()
                    : members.users().stream().map(UserRef::id).toList();
        }
    }

    record UserRef(UUID id) {
    }
}
