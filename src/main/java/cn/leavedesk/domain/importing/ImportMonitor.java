package cn.leavedesk.domain.importing;

/**
 * Watches an import read its files, for a progress bar and a cancel button: told how many data rows of a file
 * have been read every {@link #EVERY} rows and at the end of the file, and asked as often whether to stop. A
 * cancelled import throws {@link ImportCancelledException} and stores nothing.
 */
public interface ImportMonitor {
    int EVERY = 500;

    void rowsRead(String file, int rows);

    boolean cancelled();

    static ImportMonitor none() {
        return new ImportMonitor() {
            @Override
            public void rowsRead(String file, int rows) {
                // nobody is watching
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
    }
}
