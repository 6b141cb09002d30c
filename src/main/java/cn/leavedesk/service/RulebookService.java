package cn.leavedesk.service;

import cn.leavedesk.rules.Rulebook;
import cn.leavedesk.rules.RulebookLoader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The rulebooks shipped with LeaveDesk, each read and validated once. */
public final class RulebookService {
    private final Map<String, Rulebook> loaded = new ConcurrentHashMap<>();

    /** Every built-in rulebook, in the order {@link RulebookLoader#BUILT_IN} lists them. */
    public List<Rulebook> builtIn() {
        return RulebookLoader.BUILT_IN.stream().map(this::get).toList();
    }

    /**
     * @throws cn.leavedesk.rules.RulebookException when there is no built-in rulebook of that id or it is invalid
     */
    public Rulebook get(String id) {
        return loaded.computeIfAbsent(id, RulebookLoader::builtIn);
    }

    public Optional<Rulebook> find(String id) {
        return RulebookLoader.BUILT_IN.contains(id) ? Optional.of(get(id)) : Optional.empty();
    }
}
