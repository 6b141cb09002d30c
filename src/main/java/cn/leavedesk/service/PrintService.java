package cn.leavedesk.service;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Roster;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Stop;
import cn.leavedesk.domain.lifecycle.AbsenceState;
import cn.leavedesk.domain.lifecycle.EventType;
import cn.leavedesk.print.CjkFonts;
import cn.leavedesk.print.NoCjkFontException;
import cn.leavedesk.print.PdfRenderer;
import cn.leavedesk.print.PrintDocument;
import cn.leavedesk.print.SystemPrinter;
import cn.leavedesk.print.PrintDocument.Align;
import cn.leavedesk.print.PrintDocument.Block;
import cn.leavedesk.print.PrintDocument.Field;
import cn.leavedesk.print.PrintDocument.Fields;
import cn.leavedesk.print.PrintDocument.Heading;
import cn.leavedesk.print.PrintDocument.Paragraph;
import cn.leavedesk.print.PrintDocument.Signatures;
import cn.leavedesk.print.PrintDocument.Table;
import cn.leavedesk.rules.Messages;
import cn.leavedesk.rules.Rule;
import cn.leavedesk.rules.RuleMatcher;
import cn.leavedesk.rules.Rulebook;
import cn.leavedesk.store.AbsenceEvent;
import cn.leavedesk.store.ChainStep;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.RecordNotFoundException;
import cn.leavedesk.store.StepState;
import cn.leavedesk.store.StoredAbsence;
import java.awt.print.PrinterException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The office's paper, as PDF: for one absence the written leave request (书面请假报告), the report-and-filing sheet
 * (请假报备单) and the return notice (销假单); for a year the leaders' summary of the annual counts. Every form is
 * A4 with the Chinese font embedded. What the forms say is decided here, how they look in {@link PdfRenderer}.
 */
public final class PrintService {
    /** The forms of one absence. */
    public enum Form {
        /** 书面请假报告: every fact Hegang 第五十二条（三）asks of a written request, and room for the approvals. */
        REQUEST,
        /** 请假报备单: the chain — each step's party, action, article, due day and when and by whom it was done. */
        FILING,
        /** 销假单: the return, to sign. */
        RETURN
    }

    private final Database db;
    private final RulebookService rulebooks;
    private final PdfRenderer renderer;
    private final Clock clock;
    private final DisplayText text;
    private final Messages rulesText;

    public PrintService(Database db, RulebookService rulebooks, Clock clock, Locale locale) {
        this(db, rulebooks, new PdfRenderer(CjkFonts.standard()), clock, locale);
    }

    public PrintService(Database db, RulebookService rulebooks, PdfRenderer renderer, Clock clock, Locale locale) {
        this.db = Objects.requireNonNull(db, "db");
        this.rulebooks = Objects.requireNonNull(rulebooks, "rulebooks");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.text = DisplayText.of(locale);
        this.rulesText = Messages.of(locale);
    }

    /**
     * One absence's form as the bytes of a PDF file.
     *
     * @throws RecordNotFoundException when no absence has that id
     * @throws FontMissingException    when the machine has no Chinese font to embed
     */
    public byte[] render(String absenceId, Form form) throws FontMissingException, IOException {
        return render(document(absenceId, form));
    }

    /** The leaders' annual summary as the bytes of a PDF file. */
    public byte[] annual(int year) throws FontMissingException, IOException {
        return render(annualDocument(year));
    }

    private byte[] render(PrintDocument document) throws FontMissingException, IOException {
        try {
            return renderer.render(document);
        } catch (NoCjkFontException e) {
            throw new FontMissingException(e.searched());
        }
    }

    /** The machine has no Chinese TrueType font to embed; nothing was produced. */
    public static final class FontMissingException extends Exception {
        private static final long serialVersionUID = 1L;
        private final List<Path> searched;

        public FontMissingException(List<Path> searched) {
            super("no Chinese TrueType font found; looked for " + searched);
            this.searched = List.copyOf(searched);
        }

        /** Where LeaveDesk looked, in order. */
        public List<Path> searched() {
            return searched;
        }
    }

    /** Whether the machine has a printer to send forms to. */
    public static boolean printerInstalled() {
        return SystemPrinter.installed();
    }

    /**
     * Opens the system print dialog for a rendered PDF and prints it; blocks until the clerk has chosen.
     *
     * @return false when the clerk cancelled
     */
    public static boolean sendToPrinter(byte[] pdf, String jobName) throws IOException, PrinterException {
        return SystemPrinter.print(pdf, jobName);
    }

    /** Writes a rendered PDF, replacing the file (the client asked where, the command line was told where). */
    public static Path write(byte[] pdf, Path target) throws IOException {
        Files.write(target, pdf);
        return target;
    }

    /** What a form says, before it is laid out. */
    PrintDocument document(String absenceId, Form form) {
        StoredAbsence stored = db.absences().find(absenceId)
                .orElseThrow(() -> new RecordNotFoundException("absence", absenceId));
        Roster roster = db.people().roster();
        Person person = roster.find(stored.absence().personId())
                .orElseGet(() -> Person.of(stored.absence().personId(), "", cn.leavedesk.domain.Role.DEPARTMENT_HEAD));
        Facts facts = new Facts(stored, person, roster);
        return switch (form) {
            case REQUEST -> request(facts);
            case FILING -> filing(facts);
            case RETURN -> returnNotice(facts);
        };
    }

    /** The absence and what goes with it. */
    private record Facts(StoredAbsence stored, Person person, Roster roster) {
        Absence absence() {
            return stored.absence();
        }
    }

    private PrintDocument request(Facts facts) {
        Absence a = facts.absence();
        Rulebook rulebook = rulebook();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(text.tr("print.number", a.id(), a.filed().map(text::day).orElse(blank())),
                Align.RIGHT));
        status(facts).ifPresent(blocks::add);
        List<String> articles = requiredFieldArticles(rulebook, facts);
        blocks.add(new Paragraph(articles.isEmpty()
                ? text.tr("print.request.intro", rulebook.title().in(text.locale()), rulebook.document())
                : text.tr("print.request.introArticle", rulebook.title().in(text.locale()), rulebook.document(),
                        String.join(text.tr("print.listSeparator"), articles)), Align.LEFT));
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(text.tr("print.field.person"), personLine(facts.person())));
        fields.add(new Field(text.tr("print.field.kind"), kindLine(a)));
        fields.add(new Field(text.tr("print.field.reason"), orBlank(a.reason())));
        fields.add(new Field(text.tr("print.field.depart"), text.day(a.depart())));
        fields.add(new Field(text.tr("print.field.return"), text.day(facts.stored().plannedReturn())));
        fields.add(new Field(text.tr("print.field.days"), text.tr("print.days",
                ChronoUnit.DAYS.between(a.depart(), facts.stored().plannedReturn()) + 1)));
        fields.add(new Field(text.tr("print.field.destination"), orBlank(a.destination())));
        if (!a.stops().isEmpty()) {
            fields.add(new Field(text.tr("print.field.itinerary"), itinerary(a.stops())));
        }
        a.meeting().ifPresent(m -> fields.add(new Field(text.tr("print.field.meeting"),
                rulesText.label(m.type()) + m.convener().map(c -> text.tr("print.convener", name(facts.roster(), c)))
                        .orElse(""))));
        fields.add(new Field(text.tr("print.field.contact"),
                a.contact().or(() -> facts.person().contact()).orElse(blank())));
        fields.add(new Field(text.tr("print.field.acting"), a.actingPerson().map(p -> name(facts.roster(), p))
                .orElse(blank())));
        fields.add(new Field(text.tr("print.field.attachments"), a.attachments().isEmpty() ? text.tr("print.none")
                : String.join("\n", numbered(a.attachments()))));
        blocks.add(new Fields(fields));
        blocks.add(new Signatures(List.of(text.tr("print.signature.applicant"), text.tr("print.signature.date"))));

        List<ChainStep> approvals = db.chains().steps(a.id()).stream()
                .filter(s -> s.step().action() == cn.leavedesk.domain.Action.APPROVE).toList();
        if (!approvals.isEmpty()) {
            blocks.add(new Heading(text.tr("print.request.approvals"), false));
            List<List<String>> rows = new ArrayList<>();
            for (ChainStep step : approvals) {
                // the step's article is already cited with the rulebook's document number
                rows.add(List.of(rulesText.label(step.step().party()), step.step().article(), "",
                        step.state() == StepState.DONE ? done(step) : ""));
            }
            blocks.add(new Table(List.of(text.tr("print.column.approver"), text.tr("print.column.article"),
                    text.tr("print.column.opinion"), text.tr("print.column.signature")),
                    List.of(2.2, 2.6, 2.6, 2.0), rows));
        }
        return new PrintDocument(text.tr("print.request.title"), blocks, text.tr("print.footer"));
    }

    private PrintDocument filing(Facts facts) {
        Absence a = facts.absence();
        Rulebook rulebook = rulebook();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(text.tr("print.number", a.id(), a.filed().map(text::day).orElse(blank())),
                Align.RIGHT));
        status(facts).ifPresent(blocks::add);
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(text.tr("print.field.person"), personLine(facts.person())));
        fields.add(new Field(text.tr("print.field.kind"), kindLine(a)));
        fields.add(new Field(text.tr("print.field.period"), text.tr("print.period", text.day(a.depart()),
                text.day(facts.stored().plannedReturn()))));
        fields.add(new Field(text.tr("print.field.destination"), orBlank(a.destination())));
        fields.add(new Field(text.tr("print.field.rulebook"), rulebook.title().in(text.locale()) + " "
                + text.tr("print.document", rulebook.document())));
        blocks.add(new Fields(fields));

        blocks.add(new Heading(text.tr("print.filing.chain"), false));
        List<ChainStep> steps = db.chains().steps(a.id());
        if (steps.isEmpty()) {
            blocks.add(new Paragraph(text.tr("print.filing.noChain"), Align.LEFT));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (ChainStep step : steps) {
                rows.add(List.of(String.valueOf(step.seq()), rulesText.label(step.step().party()),
                        rulesText.label(step.step().action()), step.step().article(),
                        step.step().by().map(text::shortDay)
                                .orElse(text.tr("print.due.beforeDeparture", text.shortDay(a.depart()))),
                        step.state() == StepState.DONE ? done(step) : text.tr("print.notDone")));
            }
            blocks.add(new Table(List.of(text.tr("print.column.seq"), text.tr("print.column.party"),
                    text.tr("print.column.action"), text.tr("print.column.article"), text.tr("print.column.due"),
                    text.tr("print.column.done")), List.of(0.9, 1.9, 1.7, 2.8, 2.1, 2.6), rows));
        }
        List<Field> record = new ArrayList<>();
        record.add(new Field(text.tr("print.field.departed"),
                eventDay(a.id(), EventType.DEPARTED).map(text::day).orElse(text.tr("print.notRecorded"))));
        record.add(new Field(text.tr("print.field.returned"),
                facts.stored().actualReturn().map(text::day).orElse(text.tr("print.notRecorded"))));
        blocks.add(new Fields(record));
        blocks.add(new Signatures(List.of(text.tr("print.signature.clerk"), text.tr("print.signature.date"))));
        return new PrintDocument(text.tr("print.filing.title"), blocks, text.tr("print.footer"));
    }

    private PrintDocument returnNotice(Facts facts) {
        Absence a = facts.absence();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(text.tr("print.number", a.id(), a.filed().map(text::day).orElse(blank())),
                Align.RIGHT));
        status(facts).ifPresent(blocks::add);
        Optional<LocalDate> back = facts.stored().actualReturn();
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(text.tr("print.field.person"), personLine(facts.person())));
        fields.add(new Field(text.tr("print.field.kind"), kindLine(a)));
        fields.add(new Field(text.tr("print.field.destination"), orBlank(a.destination())));
        fields.add(new Field(text.tr("print.field.depart"), eventDay(a.id(), EventType.DEPARTED)
                .map(text::day).orElse(text.day(a.depart()))));
        fields.add(new Field(text.tr("print.field.plannedReturn"), text.day(facts.stored().plannedReturn())));
        fields.add(new Field(text.tr("print.field.actualReturn"), back.map(text::day).orElse(blankToFill())));
        fields.add(new Field(text.tr("print.field.actualDays"), back.map(day -> text.tr("print.days",
                ChronoUnit.DAYS.between(a.depart(), day) + 1)).orElse(blankToFill())));
        blocks.add(new Fields(fields));
        blocks.add(new Paragraph(back.map(day -> text.tr("print.return.statement", text.day(day)))
                .orElse(text.tr("print.return.statementBlank")), Align.LEFT));
        blocks.add(new Signatures(List.of(text.tr("print.signature.returner"), text.tr("print.signature.date"),
                text.tr("print.signature.clerk"), text.tr("print.signature.date"))));
        return new PrintDocument(text.tr("print.return.title"), blocks, text.tr("print.footer"));
    }

    /**
     * The leaders' annual summary: the 年度统计 screen's table, in its order, with its note, on landscape A4. Under a
     * rulebook that sets no overseas quota the quota column is left out and a line says why.
     */
    PrintDocument annualDocument(int year) {
        Rulebook rulebook = rulebook();
        AnnualCounts counts = AnnualCounts.of(new AnnualReviewService(db, rulebooks).year(year));
        boolean withQuota = counts.review().hasQuotas();
        List<String> headers = new ArrayList<>(counts.headers(text));
        List<List<String>> rows = new ArrayList<>();
        for (AnnualReview.Line line : counts.lines()) {
            List<String> cells = new ArrayList<>(counts.cells(line, text).stream().map(String::valueOf).toList());
            if (!withQuota) {
                cells.remove(cells.size() - 1);
            }
            rows.add(cells);
        }
        List<Double> weights = new ArrayList<>(List.of(1.5, 2.6));
        weights.addAll(Collections.nCopies(Kind.values().length, 1.0));
        weights.addAll(List.of(1.1, 1.1));
        if (withQuota) {
            weights.addAll(Collections.nCopies(counts.review().periods().size(), 2.6));
        } else {
            headers.remove(headers.size() - 1);
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(text.tr("print.annual.prepared", rulebook.title().in(text.locale()),
                text.day(LocalDate.now(clock))), Align.RIGHT));
        blocks.add(rows.isEmpty() ? new Paragraph(text.tr("counts.empty"), Align.LEFT)
                : new Table(headers, weights, rows));
        counts.review().quotaArticle().ifPresent(article ->
                blocks.add(new Paragraph(text.tr("print.annual.quotaArticle", article), Align.LEFT)));
        blocks.add(new Paragraph(text.tr("print.annual.note"), Align.LEFT));
        if (!withQuota) {
            blocks.add(new Paragraph(text.tr("print.annual.noQuota", rulebook.title().in(text.locale())), Align.LEFT));
        }
        return new PrintDocument(text.tr("print.annual.title", year), blocks, text.tr("print.footer"),
                PrintDocument.Orientation.LANDSCAPE);
    }

    private Rulebook rulebook() {
        return rulebooks.get(new SettingsService(db).load().rulebookId());
    }

    /** The articles of the office's rulebook that say what this request must contain (Hegang 第五十二条（三）). */
    private static List<String> requiredFieldArticles(Rulebook rulebook, Facts facts) {
        return RuleMatcher.match(rulebook, facts.roster(), facts.person(), facts.absence()).rules().stream()
                .filter(rule -> !rule.requiredFields().isEmpty())
                .map(Rule::article).distinct().toList();
    }

    private Optional<Block> status(Facts facts) {
        AbsenceState state = facts.stored().state();
        if (state == AbsenceState.CANCELLED) {
            return Optional.of(new Paragraph(text.tr("print.status.cancelled"), Align.LEFT));
        }
        if (state == AbsenceState.SUPERSEDED) {
            return Optional.of(new Paragraph(text.tr("print.status.superseded",
                    facts.stored().supersededBy().orElse("?")), Align.LEFT));
        }
        return Optional.empty();
    }

    private String personLine(Person person) {
        return text.tr("print.personLine", person.displayName(), text.role(person.role()));
    }

    private String kindLine(Absence a) {
        return a.kind() == Kind.MEETING_ABSENCE ? text.kind(a.kind())
                : text.tr("print.kindScope", text.kind(a.kind()), text.scope(a.scope()));
    }

    private String itinerary(List<Stop> stops) {
        List<String> parts = new ArrayList<>();
        for (Stop stop : stops) {
            String country = new Locale("", stop.country()).getDisplayCountry(text.locale());
            parts.add(stop.leavesAirport() ? country : text.tr("print.transit", country));
        }
        return String.join(text.tr("print.listSeparator"), parts);
    }

    private String done(ChainStep step) {
        // The day the clerk recorded it happened; the time of recording only for steps ticked before that existed.
        String day = step.doneOn().or(() -> step.doneAt().map(at -> LocalDate.ofInstant(at, clock.getZone())))
                .map(text::shortDay).orElse("");
        String who = step.doneBy().orElse("");
        String how = step.doneHow().map(h -> switch (h) {
            case WRITTEN -> text.tr("print.how.written");
            case ORAL -> text.tr("print.how.oral");
            case IN_PERSON -> text.tr("print.how.inPerson");
        }).orElse("");
        return text.tr("print.done", day, who, how).strip();
    }

    private Optional<LocalDate> eventDay(String absenceId, EventType type) {
        List<AbsenceEvent> events = db.absences().events(absenceId);
        Optional<LocalDate> last = Optional.empty();
        for (AbsenceEvent event : events) {
            if (event.type() == type && event.onDate().isPresent()) {
                last = event.onDate();
            }
        }
        return last;
    }

    /** A person id becomes the person's name; a free name stays as written. */
    private static String name(Roster roster, String idOrName) {
        return roster.find(idOrName).map(Person::displayName).orElse(idOrName);
    }

    private static List<String> numbered(List<String> items) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            lines.add((i + 1) + ". " + items.get(i));
        }
        return lines;
    }

    private String orBlank(Optional<String> value) {
        return value.filter(s -> !s.isBlank()).orElse(blank());
    }

    /** A missing fact is printed as missing, so the clerk sees it before the form is signed. */
    private String blank() {
        return text.tr("print.blank");
    }

    private String blankToFill() {
        return text.tr("print.toFill");
    }
}
