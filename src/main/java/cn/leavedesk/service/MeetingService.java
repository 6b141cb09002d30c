package cn.leavedesk.service;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.MeetingType;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Roster;
import cn.leavedesk.rules.QuorumRule;
import cn.leavedesk.rules.Rulebook;
import cn.leavedesk.rules.check.QuorumCheck;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.ScheduledMeeting;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The meeting schedule a rulebook with a quorum rule needs (Hegang 第三十七条): the executive meetings on the
 * calendar, who asked to be excused from each, and whether it can be held. Whether it can is the rules engine's
 * reading ({@link QuorumCheck#attendance}), the same the check of a request gives, never a second one.
 */
public final class MeetingService {
    private static final List<Role> CONVENERS = List.of(Role.MAYOR, Role.EXECUTIVE_VICE_MAYOR, Role.VICE_MAYOR,
            Role.SECRETARY_GENERAL);

    private final Database db;
    private final RulebookService rulebooks;

    public MeetingService(Database db, RulebookService rulebooks) {
        this.db = Objects.requireNonNull(db, "db");
        this.rulebooks = Objects.requireNonNull(rulebooks, "rulebooks");
    }

    /** Whether the rulebook has a quorum rule, and so the office needs the meeting schedule. */
    public boolean needsSchedule(String rulebookId) {
        return rulebooks.find(rulebookId).flatMap(Rulebook::quorum).isPresent();
    }

    /** The office's quorum rule, worded for the clerk; empty when its rulebook has none. */
    public Optional<MeetingSchedule.QuorumRuleText> quorumRule(Locale locale) {
        Rulebook rulebook = rulebook();
        return rulebook.quorum().map(q -> new MeetingSchedule.QuorumRuleText(rulebook.cite(q.article()),
                q.meetingType(), q.summary() == null ? "" : q.summary().in(locale)));
    }

    /** The leaders who may convene a meeting, in roster order. */
    public List<Person> conveners() {
        return db.people().roster().people().stream().filter(p -> CONVENERS.contains(p.role()))
                .sorted(java.util.Comparator.comparing(Person::role)).toList();
    }

    /** The meetings held between the days, both included, in date order, each with its excusals and quorum. */
    public List<MeetingSchedule.Entry> between(LocalDate from, LocalDate to) {
        Rulebook rulebook = rulebook();
        Roster roster = db.people().roster();
        List<MeetingSchedule.Entry> entries = new ArrayList<>();
        for (ScheduledMeeting meeting : db.meetings().between(from, to)) {
            entries.add(entry(meeting, rulebook, roster));
        }
        return List.copyOf(entries);
    }

    /** Records a meeting in the name of the clerk the settings name. */
    public MeetingSchedule.Entry record(LocalDate date, MeetingType type, Optional<String> title,
                                        Optional<String> convener) {
        return record(date, type, title, convener, db.settings().currentActor());
    }

    /**
     * Records a meeting; the id is made from the day and the type, which together are unique.
     *
     * @throws MeetingSchedule.RefusedException when the day already has a meeting of the type, or the convener is
     *                                          not on the roster
     */
    public MeetingSchedule.Entry record(LocalDate date, MeetingType type, Optional<String> title,
                                        Optional<String> convener, Actor actor) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        Roster roster = db.people().roster();
        if (convener.isPresent() && roster.find(convener.get()).isEmpty()) {
            throw new MeetingSchedule.RefusedException(MeetingSchedule.RefusedException.Reason.UNKNOWN_CONVENER);
        }
        boolean taken = db.meetings().between(date, date).stream().anyMatch(m -> m.type() == type);
        if (taken) {
            throw new MeetingSchedule.RefusedException(MeetingSchedule.RefusedException.Reason.SAME_DAY_AND_TYPE);
        }
        String id = "mtg-" + date + "-" + type.name().toLowerCase(Locale.ROOT);
        ScheduledMeeting meeting = new ScheduledMeeting(id, type, date, convener,
                title.map(String::strip).filter(t -> !t.isEmpty()));
        db.meetings().insert(meeting, actor);
        return entry(meeting, rulebook(), roster);
    }

    private MeetingSchedule.Entry entry(ScheduledMeeting meeting, Rulebook rulebook, Roster roster) {
        LocalDate day = meeting.date();
        List<Absence> that = db.absences().awayOn(day, day);
        List<MeetingSchedule.Excusal> excused = new ArrayList<>();
        for (Absence absence : that) {
            boolean fromIt = absence.kind() == Kind.MEETING_ABSENCE && absence.depart().equals(day)
                    && absence.meeting().filter(m -> m.type() == meeting.type()).isPresent();
            if (fromIt) {
                roster.find(absence.personId()).ifPresent(p -> excused.add(new MeetingSchedule.Excusal(p, absence)));
            }
        }
        Optional<MeetingSchedule.Quorum> quorum = rulebook.quorum().filter(q -> q.meetingType() == meeting.type())
                .map(q -> quorum(q, rulebook, roster, that, day));
        return new MeetingSchedule.Entry(meeting.id(), meeting.type(), day, meeting.title(),
                meeting.convener().flatMap(roster::find), excused, quorum);
    }

    private static MeetingSchedule.Quorum quorum(QuorumRule rule, Rulebook rulebook, Roster roster,
                                                 List<Absence> absences, LocalDate day) {
        QuorumCheck.Attendance attendance = QuorumCheck.attendance(rule, QuorumCheck.members(rule, roster),
                absences, day);
        // Shown by rank, as the roster screens show leaders; the count does not depend on the order.
        List<MeetingSchedule.Member> members = attendance.members().stream()
                .sorted(java.util.Comparator.comparing(Person::role))
                .map(p -> new MeetingSchedule.Member(p, Optional.ofNullable(attendance.reasons().get(p.id()))))
                .toList();
        return new MeetingSchedule.Quorum(rulebook.cite(rule.article()), members, attendance.present(),
                attendance.holds());
    }

    private Rulebook rulebook() {
        return rulebooks.get(new SettingsService(db).load().rulebookId());
    }
}
