package cn.leavedesk.domain.importing;

/** The clerk cancelled an import while its files were read; nothing was stored. */
public final class ImportCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Cancelled while this file was read. */
    public ImportCancelledException(String file) {
        super("import cancelled while reading " + file);
    }

    /** Cancelled after the files were read, before anything was stored. */
    public ImportCancelledException() {
        super("import cancelled before storing");
    }
}
