package cn.leavedesk.rules;

import cn.leavedesk.domain.Scope;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A rulebook's one reading of the words its articles use for leaving the city (离汉, 离开本市, 外出): the scopes
 * that count as leaving. Rules and the presiding rule say {@code "leavingTheCity": true} instead of listing
 * scopes, so every article that uses the words is read the same way and an office changes the reading once.
 *
 * @param words the words of the text this reading covers, as they appear in the articles
 */
public record LeavingTheCity(List<String> words, Set<Scope> scopes, LocalizedText reading) {
    public LeavingTheCity {
        words = List.copyOf(words);
        scopes = Set.copyOf(scopes);
        Objects.requireNonNull(reading, "reading");
    }
}
