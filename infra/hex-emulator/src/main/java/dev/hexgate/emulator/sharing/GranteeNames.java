package dev.hexgate.emulator.sharing;

import dev.hexgate.emulator.collections.CollectionRenamed;
import dev.hexgate.emulator.groups.GroupDeleted;
import dev.hexgate.emulator.groups.GroupRenamed;
import dev.hexgate.emulator.workspace.NameRef;
import dev.hexgate.emulator.workspace.Sharing;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Project sharing names groups and collections instead of holding their ids, so when one is renamed or a group is
 * deleted, the projects shared with it follow, as they do in Hex.
 */
@Component
class GranteeNames {

    private final SharedProjects projects;

    GranteeNames(SharedProjects projects) {
        this.projects = projects;
    }

    @EventListener
    void groupRenamed(GroupRenamed event) {
        projects.changeAll(s -> new Sharing(s.users(), s.collections(),
                s.groups().stream().map(g -> g.group().name().equals(event.oldName())
                        ? new Sharing.GroupGrant(new NameRef(event.newName()), g.access()) : g).toList(),
                s.workspace(), s.publicWeb(), s.support()));
    }

    @EventListener
    void groupDeleted(GroupDeleted event) {
        projects.changeAll(s -> new Sharing(s.users(), s.collections(),
                without(s.groups(), g -> g.group().name().equals(event.name())),
                s.workspace(), s.publicWeb(), s.support()));
    }

    @EventListener
    void collectionRenamed(CollectionRenamed event) {
        projects.changeAll(s -> new Sharing(s.users(),
                s.collections().stream().map(c -> c.collection().name().equals(event.oldName())
                        ? new Sharing.CollectionGrant(new NameRef(event.newName()), c.access()) : c).toList(),
                s.groups(), s.workspace(), s.publicWeb(), s.support()));
    }

    private static <T> List<T> without(List<T> items, Predicate<T> drop) {
        return items.stream().filter(drop.negate()).toList();
    }
}
