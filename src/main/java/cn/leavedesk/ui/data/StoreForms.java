package cn.leavedesk.ui.data;

import cn.leavedesk.service.PrintService;
import cn.leavedesk.ui.print.PrintActions;

/** The printed forms from the open database, and the machine's printers. */
public final class StoreForms implements PrintActions.Forms, PrintActions.Printer {
    private final PrintService service;

    public StoreForms(PrintService service) {
        this.service = service;
    }

    @Override
    public byte[] render(String absenceId, PrintService.Form form) throws Exception {
        return service.render(absenceId, form);
    }

    @Override
    public byte[] annual(int year) throws Exception {
        return service.annual(year);
    }

    @Override
    public boolean installed() {
        return PrintService.printerInstalled();
    }

    @Override
    public boolean print(byte[] pdf, String jobName) throws Exception {
        return PrintService.sendToPrinter(pdf, jobName);
    }
}
