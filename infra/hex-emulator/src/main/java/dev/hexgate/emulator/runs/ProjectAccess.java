package dev.hexgate.emulator.runs;

import dev.hexgate.emulator.workspace.Access;
import dev.hexgate.emulator.workspace.Project;
import dev.hexgate.emulator.workspace.Role;
import dev.hexgate.emulator.workspace.Sharing;
import dev.hexgate.emulator.workspace.User;

/**
 * A user's effective access to a project, from what the emulator knows: workspace admins and the owner have full
 * access; otherwise the best of the user's own grant and the workspace-wide grant (which guests do not get).
 * Group and collection grants are not counted: the seed does not say who is in a group.
 */
final class ProjectAccess {

    private ProjectAccess() {
    }

    static Access of(Project project, User user) {
        if (user.role() == Role.ADMIN || project.owner().email().equalsIgnoreCase(user.email())) {
            return Access.FULL_ACCESS;
        }
        Sharing sharing = project.sharing();
        if (sharing == null) {
            return Access.NONE;
        }
        Access best = user.role() == Role.GUEST ? Access.NONE : sharing.workspace().access();
        for (Sharing.UserGrant grant : sharing.users()) {
            if (grant.user().email().equalsIgnoreCase(user.email()) && grant.access().compareTo(best) > 0) {
                best = grant.access();
            }
        }
        return best;
    }

    static boolean atLeast(Access access, Access required) {
        return access.compareTo(required) >= 0;
    }
}
