package cn.leavedesk.cli;

import cn.leavedesk.domain.Finding;
import cn.leavedesk.domain.lifecycle.AbsenceState;
import cn.leavedesk.rules.Messages;
import cn.leavedesk.service.AbsenceDetails;
import cn.leavedesk.service.DisplayText;
import cn.leavedesk.service.StepStatus;
import java.util.List;
import java.util.Locale;

/**
 * {@code leavedesk [--db FILE] show ID [--format json]}: the absence as it stands (lifecycle-contract.md). Reads
 * only, so it works while a LeaveDesk window has the file open.
 */
public final class ShowCommand implements Command {
    @Override
    public String name() {
        return "show";
    }

    @Override
    public String synopsis() {
        return "show ID [--format json]   the absence as it stands: fields, versions, chain, duties, events";
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        Locale locale = context.locale();
        LifecycleArgs parsed = LifecycleArgs.parse(name(), args, 1, List.of("--format"), List.of(), locale);
        String id = parsed.positional(0, "ID");
        boolean json = parsed.json();
        AbsenceDetails details;
        try (LifecycleSession session = LifecycleSession.forReading(context)) {
            details = session.lifecycle.show(id);
        }
        context.out().println(json ? LifecycleJson.show(details) : text(details, locale));
        return 0;
    }

    static String text(AbsenceDetails d, Locale locale) {
        Messages labels = Messages.of(locale);
        StringBuilder out = new StringBuilder();
        var a = d.absence();
        line(out, DisplayText.of(locale).tr("cli.life.show.header", a.id(), d.person().name(), a.personId(),
                labels.label(a.kind()), labels.label(a.scope()), a.depart(), a.returnDate(), state(d.state(), locale)));
        d.supersedes().ifPresent(v -> line(out, DisplayText.of(locale).tr("cli.life.show.supersedes", v)));
        d.supersededBy().ifPresent(v -> line(out, DisplayText.of(locale).tr("cli.life.show.supersededBy", v)));
        line(out, DisplayText.of(locale).tr("cli.life.show.actual", d.departedOn().map(Object::toString).orElse("—"),
                d.returnedOn().map(Object::toString).orElse("—")));
        line(out, DisplayText.of(locale).tr("cli.life.show.verdict", d.evaluation().verdict().name()));
        for (Finding f : d.evaluation().findings()) {
            line(out, "  " + f.severity().name() + " " + f.code().name() + f.article().map(x -> " (" + x + ")")
                    .orElse("") + ": " + f.message());
        }
        line(out, DisplayText.of(locale).tr("cli.life.show.chain"));
        for (AbsenceDetails.StepLine s : d.chain()) {
            String done = s.done().map(x -> DisplayText.of(locale).tr("cli.life.show.done", x.on(), x.by(),
                    x.how().name()) + x.note().map(n -> " — " + n).orElse("")).orElse("");
            line(out, DisplayText.of(locale).tr("cli.life.show.step", s.number(), labels.label(s.step().action()),
                    labels.label(s.step().party()), s.step().article(), s.due(), status(s.status(), locale), done));
        }
        if (!d.duties().isEmpty()) {
            line(out, DisplayText.of(locale).tr("cli.life.show.duties"));
            for (AbsenceDetails.DutyLine duty : d.duties()) {
                line(out, DisplayText.of(locale).tr("cli.life.show.duty", duty.duty().name(), duty.article(), duty.due(),
                        duty.done().map(Object::toString).orElse("—")));
            }
        }
        if (!d.attachments().isEmpty()) {
            line(out, DisplayText.of(locale).tr("cli.life.show.attachments"));
            d.attachments().forEach(x -> line(out, "  " + x.id() + " " + x.fileName()));
        }
        line(out, DisplayText.of(locale).tr("cli.life.show.events"));
        for (AbsenceDetails.EventLine e : d.events()) {
            line(out, "  " + e.on() + " " + e.type().name() + " " + e.by() + e.step().map(n -> " #" + n).orElse("")
                    + e.related().map(r -> " " + r).orElse("") + (e.detail().isEmpty() ? "" : " " + e.detail()));
        }
        return out.toString().stripTrailing();
    }

    private static String state(AbsenceState state, Locale locale) {
        return switch (state) {
            case ACTIVE -> DisplayText.of(locale).tr("cli.life.state.active");
            case CANCELLED -> DisplayText.of(locale).tr("cli.life.state.cancelled");
            case SUPERSEDED -> DisplayText.of(locale).tr("cli.life.state.superseded");
        };
    }

    private static String status(StepStatus status, Locale locale) {
        return switch (status) {
            case OPEN -> DisplayText.of(locale).tr("cli.life.status.open");
            case DUE_SOON -> DisplayText.of(locale).tr("cli.life.status.dueSoon");
            case OVERDUE -> DisplayText.of(locale).tr("cli.life.status.overdue");
            case DONE -> DisplayText.of(locale).tr("cli.life.status.done");
        };
    }

    private static void line(StringBuilder out, String text) {
        out.append(text).append('\n');
    }
}
