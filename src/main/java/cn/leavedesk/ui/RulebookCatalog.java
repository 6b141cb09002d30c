package cn.leavedesk.ui;

import java.util.List;
import java.util.Optional;

/** The rulebooks this installation knows, in the order to offer them. */
public interface RulebookCatalog {
    List<Rulebook> available();

    default Optional<Rulebook> find(String id) {
        return available().stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
