package cn.leavedesk.print;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import javax.print.PrintServiceLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * The operating system's printers, through Java's print API and PDFBox's {@link PDFPageable}: the clerk picks the
 * printer, copies and pages in the system's own print dialog.
 */
public final class SystemPrinter {
    private SystemPrinter() {
    }

    /** Whether the machine has any printer installed (a PDF printer counts). */
    public static boolean installed() {
        return PrintServiceLookup.lookupPrintServices(null, null).length > 0;
    }

    /**
     * Shows the print dialog and prints the PDF's pages at their size. Blocks until the clerk has chosen, so call it
     * away from the JavaFX thread.
     *
     * @return false when the clerk cancelled the dialog
     */
    public static boolean print(byte[] pdf, String jobName) throws IOException, PrinterException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(document));
            if (!job.printDialog()) {
                return false;
            }
            job.print();
            return true;
        }
    }
}
