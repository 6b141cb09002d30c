package cn.leavedesk.domain.importing;

import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Scope;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Facts the clerk supplies where a file leaves them out: a kind or a scope for a whole file's column, or for one
 * row of it. A value in the file always wins; a row's supplied value wins over the column's. Files are named as
 * import errors name them. Immutable: each {@code with…} returns a new instance.
 */
public final class SuppliedFacts {
    private static final SuppliedFacts NONE = new SuppliedFacts(Map.of(), Map.of());

    private record Key(String file, RequiredFact fact, int row) {
    }

    private static final int WHOLE_COLUMN = 0;

    private final Map<Key, Kind> kinds;
    private final Map<Key, Scope> scopes;

    private SuppliedFacts(Map<Key, Kind> kinds, Map<Key, Scope> scopes) {
        this.kinds = Map.copyOf(kinds);
        this.scopes = Map.copyOf(scopes);
    }

    public static SuppliedFacts none() {
        return NONE;
    }

    /** The kind of every row of the file that has none. */
    public SuppliedFacts withKind(String file, Kind kind) {
        return withKind(file, WHOLE_COLUMN, kind);
    }

    /** The kind of one row (numbered as Excel shows it) that has none. */
    public SuppliedFacts withKind(String file, int row, Kind kind) {
        Map<Key, Kind> copy = new HashMap<>(kinds);
        copy.put(new Key(file, RequiredFact.KIND, row), kind);
        return new SuppliedFacts(copy, scopes);
    }

    /** The scope of every row of the file that has none. */
    public SuppliedFacts withScope(String file, Scope scope) {
        return withScope(file, WHOLE_COLUMN, scope);
    }

    /** The scope of one row (numbered as Excel shows it) that has none. */
    public SuppliedFacts withScope(String file, int row, Scope scope) {
        Map<Key, Scope> copy = new HashMap<>(scopes);
        copy.put(new Key(file, RequiredFact.SCOPE, row), scope);
        return new SuppliedFacts(kinds, copy);
    }

    /** The kind supplied for a row of a file, or for the file's whole column. */
    public Optional<Kind> kind(String file, int row) {
        return lookup(kinds, file, RequiredFact.KIND, row);
    }

    /** The scope supplied for a row of a file, or for the file's whole column. */
    public Optional<Scope> scope(String file, int row) {
        return lookup(scopes, file, RequiredFact.SCOPE, row);
    }

    private static <V> Optional<V> lookup(Map<Key, V> values, String file, RequiredFact fact, int row) {
        return Optional.ofNullable(values.get(new Key(file, fact, row)))
                .or(() -> Optional.ofNullable(values.get(new Key(file, fact, WHOLE_COLUMN))));
    }
}
