package cn.leavedesk.ui.print;

import cn.leavedesk.service.PrintService;
import cn.leavedesk.ui.I18n;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** The print entries screens show: a context menu for an absence, a button for the annual summary. */
public final class PrintMenus {
    private PrintMenus() {
    }

    /** Print or save each form of the absence {@code selected} names; the entries are off while none is. */
    public static ContextMenu forAbsence(PrintActions actions, Supplier<Optional<String>> selected) {
        List<MenuItem> items = List.of(
                item("print-request", "print.menu.request", () -> selected.get()
                        .ifPresent(id -> actions.print(id, PrintService.Form.REQUEST))),
                item("print-filing", "print.menu.filing", () -> selected.get()
                        .ifPresent(id -> actions.print(id, PrintService.Form.FILING))),
                item("print-return", "print.menu.return", () -> selected.get()
                        .ifPresent(id -> actions.print(id, PrintService.Form.RETURN))),
                item("save-request", "print.menu.saveRequest", () -> selected.get()
                        .ifPresent(id -> actions.save(id, PrintService.Form.REQUEST))),
                item("save-filing", "print.menu.saveFiling", () -> selected.get()
                        .ifPresent(id -> actions.save(id, PrintService.Form.FILING))),
                item("save-return", "print.menu.saveReturn", () -> selected.get()
                        .ifPresent(id -> actions.save(id, PrintService.Form.RETURN))));
        ContextMenu menu = new ContextMenu();
        menu.getItems().addAll(items.subList(0, 3));
        menu.getItems().add(new SeparatorMenuItem());
        menu.getItems().addAll(items.subList(3, 6));
        menu.setOnShowing(e -> items.forEach(i -> i.setDisable(selected.get().isEmpty())));
        return menu;
    }

    /**
     * The absence page's 打印 button: the same three forms as the register's context menu, printed or saved as PDF
     * (printing offers the PDF when no printer is installed).
     */
    public static MenuButton forAbsencePage(PrintActions actions, String absenceId) {
        MenuButton button = new MenuButton(I18n.tr("print.menu.print"));
        button.setId("absence-print");
        ContextMenu forms = forAbsence(actions, () -> Optional.of(absenceId));
        List<MenuItem> items = new java.util.ArrayList<>(forms.getItems());
        forms.getItems().clear();
        button.getItems().addAll(items);
        return button;
    }

    /** A 打印 button with the summary of the year {@code year} gives: print it, or save it as PDF. */
    public static MenuButton forAnnual(PrintActions actions, IntSupplier year) {
        MenuButton button = new MenuButton(I18n.tr("print.menu.print"));
        button.setId("counts-print");
        button.getItems().addAll(
                item("print-annual", "print.menu.annual", () -> actions.printAnnual(year.getAsInt())),
                item("save-annual", "print.menu.saveAnnual", () -> actions.saveAnnual(year.getAsInt())));
        return button;
    }

    private static MenuItem item(String id, String key, Runnable action) {
        MenuItem item = new MenuItem(I18n.tr(key));
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
