package cn.leavedesk.ui.print;

import cn.leavedesk.service.PrintService;
import cn.leavedesk.ui.BackgroundTask;
import cn.leavedesk.ui.DialogService;
import cn.leavedesk.ui.DialogService.FileChoice;
import cn.leavedesk.ui.DialogService.FileFilter;
import cn.leavedesk.ui.I18n;
import cn.leavedesk.ui.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Printing a form from any screen: the PDF is made in the background, then goes to the system print dialog; on a
 * machine without a printer the clerk is told so and offered to save the PDF instead. Screens hand over what to
 * print (an absence and a form, or a year); the absence page can call {@link #print(String, PrintService.Form)} too.
 */
public final class PrintActions {
    /** Makes the PDFs: the print service in the client, anything in tests. */
    public interface Forms {
        byte[] render(String absenceId, PrintService.Form form) throws Exception;

        byte[] annual(int year) throws Exception;
    }

    /** The machine's printers. */
    public interface Printer {
        boolean installed();

        /** Shows the print dialog and prints; false when the clerk cancelled. Called off the JavaFX thread. */
        boolean print(byte[] pdf, String jobName) throws Exception;
    }

    /** A PDF to hand out and what it is called. */
    private record Paper(String title, String fileName, BackgroundTask.Work<byte[]> make) {
    }

    private final Forms forms;
    private final Printer printer;
    private final DialogService dialogs;
    private final TaskExecutor tasks;

    public PrintActions(Forms forms, Printer printer, DialogService dialogs, TaskExecutor tasks) {
        this.forms = Objects.requireNonNull(forms, "forms");
        this.printer = Objects.requireNonNull(printer, "printer");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
    }

    /** The system print dialog for one absence's form. */
    public void print(String absenceId, PrintService.Form form) {
        print(paper(absenceId, form));
    }

    /** Saves one absence's form as a PDF file the clerk chooses. */
    public void save(String absenceId, PrintService.Form form) {
        save(paper(absenceId, form));
    }

    public void printAnnual(int year) {
        print(annualPaper(year));
    }

    public void saveAnnual(int year) {
        save(annualPaper(year));
    }

    /** A form's name as printed on it: 书面请假报告, 请假报备单, 销假单. */
    public static String formName(PrintService.Form form) {
        return I18n.tr(switch (form) {
            case REQUEST -> "print.request.title";
            case FILING -> "print.filing.title";
            case RETURN -> "print.return.title";
        });
    }

    private Paper paper(String absenceId, PrintService.Form form) {
        String title = formName(form);
        return new Paper(title, I18n.tr("print.save.fileName", title, absenceId),
                progress -> forms.render(absenceId, form));
    }

    private Paper annualPaper(int year) {
        String title = I18n.tr("print.annual.title", year);
        return new Paper(title, I18n.tr("print.save.annualFileName", title), progress -> forms.annual(year));
    }

    /** A made PDF and whether a printer was found, both learnt off the JavaFX thread (asking CUPS can take a while). */
    private record Made(byte[] pdf, boolean printerInstalled) {
    }

    private void print(Paper paper) {
        tasks.execute(BackgroundTask.of(progress -> new Made(paper.make().call(progress), printer.installed()))
                .onSuccess(made -> {
                    if (!made.printerInstalled()) {
                        if (dialogs.choose(I18n.tr("print.noPrinter.title"),
                                I18n.tr("print.noPrinter.message", paper.title()), I18n.tr("print.noPrinter.save"),
                                I18n.tr("print.noPrinter.cancel"))) {
                            chooseAndWrite(paper, made.pdf());
                        }
                        return;
                    }
                    tasks.execute(BackgroundTask.of(progress -> printer.print(made.pdf(), paper.title()))
                            .onSuccess(printed -> {
                                if (printed) {
                                    dialogs.notify(I18n.tr("print.sent", paper.title()));
                                }
                            })
                            .onFailure(e -> failed(paper, e)));
                }).onFailure(e -> failed(paper, e)));
    }

    private void save(Paper paper) {
        tasks.execute(BackgroundTask.of(paper.make()).onSuccess(pdf -> chooseAndWrite(paper, pdf))
                .onFailure(e -> failed(paper, e)));
    }

    private void chooseAndWrite(Paper paper, byte[] pdf) {
        FileChoice choice = new FileChoice(I18n.tr("print.save.title", paper.title()),
                List.of(new FileFilter(I18n.tr("print.save.filter"), List.of("*.pdf"))), Optional.empty(),
                Optional.of(paper.fileName()));
        dialogs.chooseFileToSave(choice).map(PrintActions::withPdfEnding).ifPresent(target -> tasks.execute(
                BackgroundTask.of(progress -> PrintService.write(pdf, target))
                        .onSuccess(file -> dialogs.notify(I18n.tr("print.saved", file.getFileName())))
                        .onFailure(e -> failed(paper, e))));
    }

    private void failed(Paper paper, Exception e) {
        String reason = e instanceof PrintService.FontMissingException noFont
                ? I18n.tr("print.noFont", noFont.searched().stream().map(Path::toString).toList())
                : String.valueOf(e.getMessage());
        dialogs.showError(I18n.tr("print.failed.title"), I18n.tr("print.failed", paper.title(), reason));
    }

    static Path withPdfEnding(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf") ? file
                : file.resolveSibling(file.getFileName() + ".pdf");
    }
}
