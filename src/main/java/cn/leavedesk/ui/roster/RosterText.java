package cn.leavedesk.ui.roster;

import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Term;
import cn.leavedesk.service.RosterProblem;
import cn.leavedesk.service.RosterProblem.Field;
import cn.leavedesk.ui.DomainLabels;
import cn.leavedesk.ui.I18n;
import java.util.Optional;

/** The roster's words: field names, problems, people as 姓名（职务）. */
public final class RosterText {
    private RosterText() {
    }

    public static String field(Field field) {
        return I18n.tr(switch (field) {
            case ID -> "roster.field.id";
            case NAME -> "roster.field.name";
            case ROLE -> "roster.field.role";
            case PORTFOLIOS -> "roster.field.portfolios";
            case SUPERVISOR -> "roster.field.supervisor";
            case CONTACT -> "roster.field.contact";
            case TERM_START -> "roster.field.termStart";
            case TERM_END -> "roster.field.termEnd";
            case RETIRED_ON -> "roster.field.retiredOn";
        });
    }

    /** One sentence saying what is wrong with the field. */
    public static String problem(RosterProblem problem) {
        Object first = problem.args().isEmpty() ? "" : problem.args().get(0);
        return switch (problem.code()) {
            case REQUIRED -> I18n.tr("roster.problem.required", field(problem.field()));
            case TOO_LONG -> I18n.tr("roster.problem.tooLong", field(problem.field()), first);
            case INVALID -> switch (problem.field()) {
                case ID -> I18n.tr("roster.problem.invalidId");
                case CONTACT -> I18n.tr("roster.problem.invalidContact");
                default -> I18n.tr("roster.problem.invalidText", field(problem.field()));
            };
            case ID_TAKEN -> I18n.tr("roster.problem.idTaken", first);
            case UNKNOWN_PERSON -> I18n.tr("roster.problem.unknownPerson", first);
            case NOT_A_VICE_MAYOR -> I18n.tr("roster.problem.notViceMayor", first);
            case SUPERVISES_SELF -> I18n.tr("roster.problem.supervisesSelf");
            case BOTH_ENDS -> I18n.tr("roster.problem.bothEnds");
            case END_BEFORE_START -> I18n.tr("roster.problem.endBeforeStart", first);
            case STARTS_BEFORE_CURRENT_TERM -> I18n.tr("roster.problem.startsBeforeCurrent", first);
        };
    }

    /** 姓名（职务）, as everywhere in the client. */
    public static String person(Person person) {
        return I18n.tr("person.withRole", person.displayName(), DomainLabels.role(person.role()));
    }

    public static String term(Optional<Term> term) {
        return term.map(t -> I18n.tr("roster.term.range", t.start().toString(), t.end().toString()))
                .orElseGet(() -> I18n.tr("roster.term.none"));
    }
}
