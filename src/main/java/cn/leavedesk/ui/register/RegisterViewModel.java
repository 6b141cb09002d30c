package cn.leavedesk.ui.register;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.ui.AbsenceOpener;
import cn.leavedesk.ui.I18n;
import cn.leavedesk.ui.RegisterEntry;
import cn.leavedesk.ui.RegisterSource;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.transformation.FilteredList;

/** The register: every recorded absence, narrowed by a search over names, places and reasons. */
public final class RegisterViewModel {
    private final RegisterSource source;
    private final AbsenceOpener opener;
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final FilteredList<RegisterEntry> rows;
    private final StringBinding summary;
    private final BooleanBinding empty;

    public RegisterViewModel(RegisterSource source) {
        this(source, AbsenceOpener.NONE);
    }

    public RegisterViewModel(RegisterSource source, AbsenceOpener opener) {
        this.source = source;
        this.opener = opener;
        this.rows = new FilteredList<>(source.entries());
        rows.predicateProperty().bind(Bindings.createObjectBinding(() -> matching(search.get()), search));
        this.summary = Bindings.createStringBinding(() -> summaryOf(rows.size(), source.entries().size(),
                source.storedCount().get()), rows, source.entries(), source.storedCount());
        this.empty = Bindings.isEmpty(source.entries());
    }

    /** What the line above the table says: how many rows show, of how many loaded, of how many stored. */
    static String summaryOf(int shown, int loaded, long stored) {
        if (stored <= loaded) {
            return shown == loaded ? I18n.tr("register.count", loaded) : I18n.tr("register.countFiltered", shown, loaded);
        }
        return shown == loaded
                ? I18n.tr("register.countNewest", loaded, stored)
                : I18n.tr("register.countNewestFiltered", shown, loaded, stored);
    }

    static Predicate<RegisterEntry> matching(String query) {
        String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return entry -> true;
        }
        return entry -> searchableText(entry).anyMatch(text -> text.toLowerCase(Locale.ROOT).contains(needle));
    }

    private static Stream<String> searchableText(RegisterEntry entry) {
        Absence absence = entry.absence();
        return Stream.of(Stream.of(entry.person().displayName(), absence.id()),
                        absence.destination().stream(), absence.reason().stream())
                .flatMap(s -> s);
    }

    /** Opens the row's absence on its own page (double-click, Enter, or the context menu). */
    public void open(RegisterEntry entry) {
        if (entry != null) {
            opener.open(entry.absence().id());
        }
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** The rows to show, already filtered; the view sorts them. */
    public FilteredList<RegisterEntry> rows() {
        return rows;
    }

    public StringBinding summary() {
        return summary;
    }

    /** True while the register has no records at all (not merely none matching the search). */
    public BooleanBinding registerEmpty() {
        return empty;
    }
}
