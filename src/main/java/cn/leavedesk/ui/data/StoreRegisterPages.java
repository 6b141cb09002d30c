package cn.leavedesk.ui.data;

import cn.leavedesk.domain.Roster;
import cn.leavedesk.domain.register.RegisterFilter;
import cn.leavedesk.domain.register.RegisterSort;
import cn.leavedesk.service.ExportService;
import cn.leavedesk.service.RegisterRow;
import cn.leavedesk.service.RegisterService;
import cn.leavedesk.service.RegisterSlice;
import cn.leavedesk.service.RequestService;
import cn.leavedesk.ui.register.RegisterViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The register screen's pages, counts and export, read from the database one page at a time. */
public final class StoreRegisterPages implements RegisterViewModel.Source {
    /** Rows read per query while exporting: the export never asks for the whole table at once. */
    private static final int EXPORT_PAGE = 5_000;

    private final RegisterService register;
    private final RequestService requests;
    private final ExportService exports;

    public StoreRegisterPages(RegisterService register, RequestService requests, ExportService exports) {
        this.register = register;
        this.requests = requests;
        this.exports = exports;
    }

    @Override
    public RegisterSlice page(RegisterFilter filter, RegisterSort sort, int offset, int limit) {
        return register.page(filter, sort, offset, limit);
    }

    @Override
    public long count(RegisterFilter filter) {
        return register.count(filter);
    }

    @Override
    public Roster roster() {
        return requests.roster();
    }

    @Override
    public int export(RegisterFilter filter, RegisterSort sort, Path target) throws IOException {
        List<RegisterRow> rows = new ArrayList<>();
        for (int offset = 0; ; offset += EXPORT_PAGE) {
            RegisterSlice slice = register.page(filter, sort, offset, EXPORT_PAGE);
            rows.addAll(slice.rows());
            if (!slice.more()) {
                break;
            }
        }
        exports.write(exports.registerRows(rows), target);
        return rows.size();
    }
}
