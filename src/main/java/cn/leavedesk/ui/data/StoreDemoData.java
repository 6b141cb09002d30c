package cn.leavedesk.ui.data;

import cn.leavedesk.service.DemoDataService;
import cn.leavedesk.ui.DemoData;

/** The shipped demo files, stored in the open database. */
public final class StoreDemoData implements DemoData {
    private final DemoDataService service;

    public StoreDemoData(DemoDataService service) {
        this.service = service;
    }

    @Override
    public Outcome load() {
        DemoDataService.Outcome outcome = service.load();
        if (outcome instanceof DemoDataService.Loaded loaded) {
            return new Loaded(loaded.people(), loaded.absences());
        }
        return new AlreadyLoaded();
    }
}
