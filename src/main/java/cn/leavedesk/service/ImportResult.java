package cn.leavedesk.service;

import cn.leavedesk.io.RowError;
import java.util.List;

/**
 * What an import did. When {@link #errors()} is not empty nothing was stored and the counts are zero.
 *
 * @param chains how many imported absences had chain steps stored (an absence no article covers has none)
 */
public record ImportResult(List<RowError> errors, int people, int absences, int chains) {
    public ImportResult {
        errors = List.copyOf(errors);
    }

    static ImportResult refused(List<RowError> errors) {
        return new ImportResult(errors, 0, 0, 0);
    }

    public boolean stored() {
        return errors.isEmpty();
    }
}
