package cn.leavedesk.ui.holidays;

import cn.leavedesk.domain.DataFileException;
import cn.leavedesk.service.HolidayNotice;
import cn.leavedesk.service.HolidayService;
import cn.leavedesk.service.HolidayYear;
import cn.leavedesk.ui.BackgroundTask;
import cn.leavedesk.ui.DateText;
import cn.leavedesk.ui.DialogService;
import cn.leavedesk.ui.I18n;
import cn.leavedesk.ui.TaskExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 节假日安排: the years known and their source, a warning from November on while next year is missing, and a year
 * added or corrected from a file or typed from the State Council's notice. The form shows a field's problem once
 * it is touched; saving runs the service's check, the one {@code holidays add} runs.
 */
public final class HolidaysViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(HolidaysViewModel.class);
    private static final Pattern DAY_SEPARATORS = Pattern.compile("[\\s,;\\u3001\\uFF0C\\uFF1B]+");

    /** The form's fields. */
    public enum Field { YEAR, SOURCE, HOLIDAYS, MAKE_UP }

    /** One holiday block of the form, as typed. */
    public static final class BlockRow {
        private final StringProperty name = new SimpleStringProperty(this, "name", "");
        private final StringProperty from = new SimpleStringProperty(this, "from", "");
        private final StringProperty to = new SimpleStringProperty(this, "to", "");

        public StringProperty nameProperty() {
            return name;
        }

        public StringProperty fromProperty() {
            return from;
        }

        public StringProperty toProperty() {
            return to;
        }
    }

    private final HolidayService service;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Clock clock;
    private final Runnable calendarChanged;

    private final ObservableList<HolidayYear> years = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper(this, "warning", "");
    private final StringProperty year = new SimpleStringProperty(this, "year", "");
    private final StringProperty source = new SimpleStringProperty(this, "source", "");
    private final ObservableList<BlockRow> blocks = FXCollections.observableArrayList();
    private final StringProperty makeUp = new SimpleStringProperty(this, "makeUp", "");
    private final ObservableSet<Field> touched = FXCollections.observableSet(EnumSet.noneOf(Field.class));
    private final ObservableMap<Field, String> problems = FXCollections.observableHashMap();

    /** @param calendarChanged told after a year was stored, so that deadlines are counted with it */
    public HolidaysViewModel(HolidayService service, TaskExecutor tasks, DialogService dialogs, Clock clock,
                             Runnable calendarChanged) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        this.calendarChanged = calendarChanged;
        year.addListener((obs, old, now) -> touch(Field.YEAR));
        source.addListener((obs, old, now) -> touch(Field.SOURCE));
        makeUp.addListener((obs, old, now) -> touch(Field.MAKE_UP));
        newForm(nextYear());
    }

    public void refresh() {
        LocalDate today = LocalDate.now(clock);
        tasks.execute(BackgroundTask.of(progress -> new Known(service.years(), service.missingNextYear(today)))
                .onSuccess(known -> {
                    // the newest year first: it is the one a clerk comes to check or add
                    List<HolidayYear> newestFirst = new ArrayList<>(known.years());
                    java.util.Collections.reverse(newestFirst);
                    years.setAll(newestFirst);
                    warning.set(known.missing().map(y -> I18n.tr("holidays.missing", y)).orElse(""));
                }));
    }

    private record Known(List<HolidayYear> years, Optional<Integer> missing) {
    }

    /** An empty form for a year, with one block to start typing. */
    public void newForm(int forYear) {
        year.set(Integer.toString(forYear));
        source.set("");
        blocks.clear();
        addBlock();
        makeUp.set("");
        touched.clear();
        problems.clear();
    }

    /** The form filled with a known year, to correct it. */
    public void correct(HolidayYear known) {
        service.notice(known.year()).ifPresent(notice -> {
            year.set(Integer.toString(notice.year()));
            source.set(known.origin() == HolidayYear.Origin.OFFICE ? notice.source() : "");
            blocks.clear();
            for (HolidayNotice.Block block : notice.holidays()) {
                BlockRow row = addBlock();
                row.nameProperty().set(block.name());
                row.fromProperty().set(block.from().toString());
                row.toProperty().set(block.to().toString());
            }
            makeUp.set(String.join(" ", notice.makeUpWorkdays().stream().map(LocalDate::toString).toList()));
            touched.clear();
            problems.clear();
        });
    }

    public BlockRow addBlock() {
        BlockRow row = new BlockRow();
        row.nameProperty().addListener((obs, old, now) -> touch(Field.HOLIDAYS));
        row.fromProperty().addListener((obs, old, now) -> touch(Field.HOLIDAYS));
        row.toProperty().addListener((obs, old, now) -> touch(Field.HOLIDAYS));
        blocks.add(row);
        return row;
    }

    public void removeBlock(BlockRow row) {
        blocks.remove(row);
        touch(Field.HOLIDAYS);
    }

    private void touch(Field field) {
        touched.add(field);
        notice();
    }

    /** The form as a notice, or empty with the problems shown on the touched fields. */
    private Optional<HolidayNotice> notice() {
        Map<Field, String> found = new EnumMap<>(Field.class);
        Optional<Integer> y = Optional.ofNullable(year.get()).map(String::strip).filter(s -> s.matches("\\d{4}"))
                .map(Integer::valueOf);
        if (y.isEmpty()) {
            found.put(Field.YEAR, I18n.tr("holidays.problem.year"));
        }
        if (Optional.ofNullable(source.get()).orElse("").isBlank()) {
            found.put(Field.SOURCE, I18n.tr("holidays.problem.source"));
        }
        List<HolidayNotice.Block> typed = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            BlockRow row = blocks.get(i);
            Optional<LocalDate> from = DateText.parse(row.fromProperty().get());
            Optional<LocalDate> to = DateText.parse(row.toProperty().get());
            if (from.isEmpty() || to.isEmpty()) {
                found.putIfAbsent(Field.HOLIDAYS, I18n.tr("holidays.problem.blockDates", i + 1));
            } else if (to.get().isBefore(from.get())) {
                found.putIfAbsent(Field.HOLIDAYS, I18n.tr("holidays.problem.blockOrder", i + 1));
            } else {
                typed.add(new HolidayNotice.Block(row.nameProperty().get(), from.get(), to.get()));
            }
        }
        if (blocks.isEmpty()) {
            found.put(Field.HOLIDAYS, I18n.tr("holidays.problem.noBlocks"));
        }
        List<LocalDate> days = new ArrayList<>();
        for (String part : DAY_SEPARATORS.split(Optional.ofNullable(makeUp.get()).orElse("").strip())) {
            if (part.isEmpty()) {
                continue;
            }
            Optional<LocalDate> day = DateText.parse(part);
            if (day.isEmpty()) {
                found.putIfAbsent(Field.MAKE_UP, I18n.tr("holidays.problem.makeUpDate", part));
            } else {
                days.add(day.get());
            }
        }
        if (found.isEmpty()) {
            sameRulesInWords(y.get(), typed, days, found);
        }
        Optional<HolidayNotice> notice = Optional.empty();
        if (found.isEmpty()) {
            HolidayNotice candidate = new HolidayNotice(y.orElseThrow(), source.get(), typed, days);
            try {
                service.check(candidate);
                notice = Optional.of(candidate);
            } catch (DataFileException e) {
                found.put(fieldOf(e.path()), I18n.tr("holidays.problem.check", where(e.path()), problemOf(e)));
            }
        }
        problems.clear();
        found.forEach((field, message) -> {
            if (touched.contains(field)) {
                problems.put(field, message);
            }
        });
        return notice;
    }

    /**
     * The check's rules worded for the form, so a clerk reads them in the client's language; the service's check,
     * which still runs after these, stays the one that decides.
     */
    private static void sameRulesInWords(int year, List<HolidayNotice.Block> typed, List<LocalDate> days,
                                         Map<Field, String> found) {
        java.util.Set<LocalDate> off = new java.util.HashSet<>();
        for (int i = 0; i < typed.size(); i++) {
            HolidayNotice.Block block = typed.get(i);
            if (!inYear(block.from(), year) || !inYear(block.to(), year)) {
                found.putIfAbsent(Field.HOLIDAYS, I18n.tr("holidays.problem.blockYear", i + 1, year));
            } else if (block.from().plusDays(31).isBefore(block.to())) {
                found.putIfAbsent(Field.HOLIDAYS, I18n.tr("holidays.problem.blockLong", i + 1));
            }
            block.from().datesUntil(block.to().plusDays(1)).forEach(off::add);
        }
        for (LocalDate day : days) {
            java.time.DayOfWeek weekday = day.getDayOfWeek();
            if (!inYear(day, year)) {
                found.putIfAbsent(Field.MAKE_UP, I18n.tr("holidays.problem.makeUpYear", day.toString(), year));
            } else if (weekday != java.time.DayOfWeek.SATURDAY && weekday != java.time.DayOfWeek.SUNDAY) {
                found.putIfAbsent(Field.MAKE_UP, I18n.tr("holidays.problem.makeUpWeekday", day.toString()));
            } else if (off.contains(day)) {
                found.putIfAbsent(Field.MAKE_UP, I18n.tr("holidays.problem.makeUpInBlock", day.toString()));
            }
        }
    }

    /** As the check reads a notice: its year, or the December before (a New Year block may start there). */
    private static boolean inYear(LocalDate day, int year) {
        return day.getYear() == year || day.getYear() == year - 1 && day.getMonthValue() == 12;
    }

    private static Field fieldOf(String path) {
        if (path.startsWith("holidays")) {
            return Field.HOLIDAYS;
        }
        if (path.startsWith("makeUpWorkdays")) {
            return Field.MAKE_UP;
        }
        return path.equals("source") ? Field.SOURCE : Field.YEAR;
    }

    /** "第2段" / "第1个调休上班日" for the check's entry path. */
    private static String where(String path) {
        java.util.regex.Matcher m = Pattern.compile("(holidays|makeUpWorkdays)\\[(\\d+)]").matcher(path);
        if (!m.find()) {
            return I18n.tr("holidays.where.file");
        }
        int n = Integer.parseInt(m.group(2)) + 1;
        return m.group(1).equals("holidays") ? I18n.tr("holidays.where.block", n) : I18n.tr("holidays.where.makeUp", n);
    }

    /** The check's reason without the file and entry, which {@link #where} already names. */
    private static String problemOf(DataFileException e) {
        return e.problem(I18n.current().locale());
    }

    /** Stores the typed year; asks before replacing a year the office already added. */
    public boolean save() {
        touched.addAll(EnumSet.allOf(Field.class));
        Optional<HolidayNotice> notice = notice();
        if (notice.isEmpty()) {
            return false;
        }
        store(() -> service.add(notice.get(), HolidayService.Existing.KEEP),
                () -> service.add(notice.get(), HolidayService.Existing.REPLACE));
        return true;
    }

    /** Adds or corrects a year from a schedule file the clerk picks. */
    public void addFromFile() {
        Optional<Path> file = dialogs.chooseFileToOpen(DialogService.FileChoice.of(I18n.tr("holidays.file.title"),
                new DialogService.FileFilter(I18n.tr("holidays.file.filter"), List.of("*.json"))));
        file.ifPresent(this::addFromFile);
    }

    public void addFromFile(Path file) {
        store(() -> service.add(file, HolidayService.Existing.KEEP),
                () -> service.add(file, HolidayService.Existing.REPLACE));
    }

    private interface Add {
        HolidayService.Added run() throws IOException;
    }

    private void store(Add keep, Add replace) {
        tasks.execute(BackgroundTask.of(progress -> keep.run())
                .onSuccess(this::stored)
                .onFailure(e -> {
                    if (e instanceof HolidayService.YearExistsException exists) {
                        if (dialogs.confirm(I18n.tr("holidays.replace.title"),
                                I18n.tr("holidays.replace.message", exists.year()))) {
                            tasks.execute(BackgroundTask.of(progress -> replace.run()).onSuccess(this::stored)
                                    .onFailure(this::failed));
                        }
                        return;
                    }
                    failed(e);
                }));
    }

    private void stored(HolidayService.Added added) {
        dialogs.notify(I18n.tr(added.replacedLibraryYear() ? "holidays.saved.replacesLibrary" : "holidays.saved",
                added.year(), added.source()));
        calendarChanged.run();
        refresh();
    }

    private void failed(Exception e) {
        if (e instanceof DataFileException bad) {
            dialogs.showError(I18n.tr("holidays.failed.title"), I18n.tr("holidays.failed.file", bad.file(),
                    where(bad.path()), problemOf(bad)));
            return;
        }
        LOG.warn("Could not store a holiday year", e);
        dialogs.showError(I18n.tr("holidays.failed.title"), I18n.tr("holidays.failed.message",
                String.valueOf(e.getMessage())));
    }

    public ObservableList<HolidayYear> years() {
        return years;
    }

    /** Non-empty from November on while next year has no schedule. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    public StringProperty yearProperty() {
        return year;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public ObservableList<BlockRow> blocks() {
        return blocks;
    }

    public StringProperty makeUpProperty() {
        return makeUp;
    }

    public StringBinding problem(Field field) {
        return Bindings.createStringBinding(() -> problems.getOrDefault(field, ""), problems);
    }

    /** The year after today's: the one an office types in November and December. */
    public int nextYear() {
        return LocalDate.now(clock).getYear() + 1;
    }

    public Path folder() {
        return service.folder();
    }
}
