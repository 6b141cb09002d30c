package cn.leavedesk.service;

import cn.leavedesk.calendar.CalendarLoader;
import cn.leavedesk.rules.Evaluator;
import cn.leavedesk.rules.Messages;
import cn.leavedesk.service.ChainPlanner;
import cn.leavedesk.store.AutoBackup;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.StoreOptions;
import java.nio.file.Path;

/** A real database file without the daily backup, and the engine as the client builds it. */
final class ServiceFixtures {
    static final int DEMO_PEOPLE = 24;
    static final int DEMO_ABSENCES = 82;

    private ServiceFixtures() {
    }

    static Database open(Path file) {
        return Database.open(file, StoreOptions.defaults().withAutoBackup(AutoBackup.OFF));
    }

    static Evaluator evaluator() {
        return new Evaluator(CalendarLoader.standard(), Messages.chinese());
    }

    static DemoDataService demo(Database db) {
        return new DemoDataService(db, new RulebookService(), new ChainPlanner(CalendarLoader.standard()));
    }
}
