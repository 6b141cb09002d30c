package cn.leavedesk.ui.data;

import cn.leavedesk.service.QuotaService;
import cn.leavedesk.service.QuotaUse;
import cn.leavedesk.service.ReportService;
import cn.leavedesk.store.AnnualReport;
import cn.leavedesk.ui.counts.CountsViewModel;
import java.util.Map;

/** The annual counts screen's figures: the store's annual report and the quota use under the office's rulebook. */
public final class StoreCounts implements CountsViewModel.Source {
    private final ReportService reports;
    private final QuotaService quotas;

    public StoreCounts(ReportService reports, QuotaService quotas) {
        this.reports = reports;
        this.quotas = quotas;
    }

    @Override
    public AnnualReport annual(int year) {
        return reports.annual(year);
    }

    @Override
    public Map<String, QuotaUse> quotas(int year) {
        return quotas.forYear(year);
    }
}
