package cn.leavedesk.ui.data;

import cn.leavedesk.service.DamagedDatabaseRestore;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.DatabaseDamagedException;
import cn.leavedesk.store.DatabaseInUseException;
import cn.leavedesk.store.DatabaseTooNewException;
import cn.leavedesk.store.StoreException;
import cn.leavedesk.store.StoreOptions;
import cn.leavedesk.ui.DialogService;
import cn.leavedesk.ui.I18n;
import cn.leavedesk.ui.StoreMessages;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the database file at start-up and, when that is not simply possible, asks the clerk what a clerk would
 * expect to be asked: another window has it (look at it read-only, or quit), a newer LeaveDesk wrote it (quit), it
 * is damaged (restore the latest good backup, or quit). Empty means quit; the reason was already shown.
 */
public final class DatabaseOpener {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOpener.class);

    private final DialogService dialogs;
    private final StoreOptions options;
    private final DamagedDatabaseRestore restore;

    public DatabaseOpener(DialogService dialogs, StoreOptions options) {
        this.dialogs = dialogs;
        this.options = options;
        this.restore = new DamagedDatabaseRestore(options.clock());
    }

    public Optional<Database> open(Path file) {
        try {
            return Optional.of(Database.open(file, options));
        } catch (DatabaseInUseException e) {
            LOG.info("{} is in use by another window", file);
            return offerReadOnly(file);
        } catch (DatabaseTooNewException e) {
            LOG.warn("{} has schema {}; this program knows {}", file, e.fileVersion(), e.knownVersion());
            dialogs.showError(I18n.tr("open.tooNew.title"),
                    I18n.tr("open.tooNew.message", file, e.fileVersion(), e.knownVersion()));
            return Optional.empty();
        } catch (DatabaseDamagedException e) {
            LOG.error("{} is damaged: {}", file, e.detail());
            return offerRestore(file, e);
        } catch (StoreException e) {
            return failed(file, e);
        }
    }

    private Optional<Database> offerReadOnly(Path file) {
        if (!dialogs.choose(I18n.tr("open.inUse.title"), I18n.tr("open.inUse.message", file),
                I18n.tr("open.inUse.readOnly"), I18n.tr("open.quit"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(Database.openReadOnly(file, options));
        } catch (StoreException e) {
            return failed(file, e);
        }
    }

    private Optional<Database> offerRestore(Path file, DatabaseDamagedException damage) {
        if (damage.latestGoodBackup().isEmpty()) {
            dialogs.showError(I18n.tr("open.damaged.title"), I18n.tr("open.damaged.noBackup", file));
            return Optional.empty();
        }
        Path backup = damage.latestGoodBackup().get();
        if (!dialogs.choose(I18n.tr("open.damaged.title"),
                I18n.tr("open.damaged.message", file, backup.getFileName()),
                I18n.tr("open.damaged.restore"), I18n.tr("open.quit"))) {
            return Optional.empty();
        }
        Path keptAs;
        try {
            keptAs = restore.restore(file, backup);
        } catch (StoreException e) {
            LOG.error("Restoring {} from {} failed", file, backup, e);
            dialogs.showError(I18n.tr("open.damaged.title"), I18n.tr("open.restoreFailed.message",
                    StoreMessages.forClerk(e).orElse(String.valueOf(e.getMessage()))));
            return Optional.empty();
        }
        try {
            Database db = Database.open(file, options);
            dialogs.showInformation(I18n.tr("open.restored.title"),
                    I18n.tr("open.restored.message", backup.getFileName(), keptAs.getFileName()));
            return Optional.of(db);
        } catch (StoreException e) {
            return failed(file, e);
        }
    }

    private Optional<Database> failed(Path file, StoreException e) {
        LOG.error("Cannot open {}", file, e);
        dialogs.showError(I18n.tr("open.failed.title"), StoreMessages.forClerk(e).orElse(e.getMessage()));
        return Optional.empty();
    }
}
