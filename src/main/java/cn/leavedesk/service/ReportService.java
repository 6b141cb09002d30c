package cn.leavedesk.service;

import cn.leavedesk.store.AnnualReport;
import cn.leavedesk.store.Database;

/**
 * The annual absence report. Its counting rules are the store's (see {@code docs/decisions/
 * 0005-store-history-and-derived-tables.md}): an absence counts, and counts as a trip abroad, in the year of its
 * departure day; its days count in the years they fall in, so a trip across New Year adds days to both years but
 * is one absence of the first; cancelled and superseded versions count nowhere.
 */
public final class ReportService {
    private final Database db;

    public ReportService(Database db) {
        this.db = db;
    }

    /** Everyone on the roster, by id, those without absences included. */
    public AnnualReport annual(int year) {
        return db.reports().annual(year);
    }
}
