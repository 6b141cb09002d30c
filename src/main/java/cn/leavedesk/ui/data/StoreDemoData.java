package cn.leavedesk.ui.data;

import cn.leavedesk.service.DemoDataService;
import cn.leavedesk.ui.DemoData;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The shipped demo files, stored in the open database as an office would have them on the clerk's today: what ended
 * a while ago settled, the recent and coming absences as filed ({@link DemoDataService#load(LocalDate)}).
 */
public final class StoreDemoData implements DemoData {
    private final DemoDataService service;
    private final Clock clock;

    public StoreDemoData(DemoDataService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Override
    public Outcome load() {
        DemoDataService.Outcome outcome = service.load(LocalDate.now(clock));
        if (outcome instanceof DemoDataService.Loaded loaded) {
            return new Loaded(loaded.people(), loaded.absences());
        }
        return new AlreadyLoaded();
    }
}
