package cn.leavedesk.service;

/** How long work tells its caller how far it is and learns that it should stop. */
public interface ImportProgress {
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void update(long done, long total) {
            // nobody watches
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void update(long done, long total);

    boolean isCancelled();
}
