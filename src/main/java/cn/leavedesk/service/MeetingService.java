package cn.leavedesk.service;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.MeetingMembers;
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
        for (MeetingMembers meeting : db.meetings().membersBetween(from, to)) {
            entries.add(entry(db.meetings().find(meeting.meetingId()).orElseThrow(), meeting, rulebook, roster));
        }
        return List.copyOf(entries);
    }

    /**
     * Who may be recorded as the meeting's members: the people serving on its day in the quorum rule's member roles,
     * and whoever is recorded now (a member since retired stays a member of the meetings they belonged to), each
     * with whether they are recorded, by rank.
     *
     * @throws MeetingSchedule.RefusedException NOT_RULED when no quorum rule governs the meeting's type
     */
    public List<MeetingSchedule.MemberChoice> memberChoices(String meetingId) {
        ScheduledMeeting meeting = meeting(meetingId);
        QuorumRule rule = governing(meeting);
        java.util.Set<String> recorded = java.util.Set.copyOf(db.meetings().members(meetingId));
        java.util.Set<String> candidates = new java.util.HashSet<>(serving(rule, meeting.date()));
        candidates.addAll(recorded);
        return db.people().roster().people().stream().filter(p -> candidates.contains(p.id()))
                .sorted(java.util.Comparator.comparing(Person::role))
                .map(p -> new MeetingSchedule.MemberChoice(p, recorded.contains(p.id()))).toList();
    }

    /** Records who the meeting's members are, in the name of the clerk the settings name. */
    public MeetingSchedule.Entry changeMembers(String meetingId, List<String> personIds) {
        return changeMembers(meetingId, personIds, db.settings().currentActor());
    }

    /**
     * Records who the meeting's members are: a correction of the list taken from the roster when the meeting was put
     * on the schedule (someone appointed the day before, someone left off by mistake). Audited.
     *
     * @throws MeetingSchedule.RefusedException NOT_RULED when no quorum rule governs the meeting's type, NO_MEMBERS
     *                                          for an empty list, UNKNOWN_MEMBER for someone not on the roster
     */
    public MeetingSchedule.Entry changeMembers(String meetingId, List<String> personIds, Actor actor) {
        ScheduledMeeting meeting = meeting(meetingId);
        governing(meeting);
        if (personIds.isEmpty()) {
            throw new MeetingSchedule.RefusedException(MeetingSchedule.RefusedException.Reason.NO_MEMBERS);
        }
        Roster roster = db.people().roster();
        if (personIds.stream().anyMatch(id -> roster.find(id).isEmpty())) {
            throw new MeetingSchedule.RefusedException(MeetingSchedule.RefusedException.Reason.UNKNOWN_MEMBER);
        }
        db.meetings().changeMembers(meetingId, personIds, actor);
        return entry(meeting, new MeetingMembers(meetingId, meeting.type(), meeting.date(),
                db.meetings().members(meetingId)), rulebook(), roster);
    }

    private ScheduledMeeting meeting(String meetingId) {
        return db.meetings().find(meetingId).orElseThrow(() -> new MeetingSchedule.RefusedException(
                MeetingSchedule.RefusedException.Reason.UNKNOWN_MEETING));
    }

    /** The office's quorum rule when it governs the meeting's type. */
    private QuorumRule governing(ScheduledMeeting meeting) {
        return rulebook().quorum().filter(q -> q.meetingType() == meeting.type()).orElseThrow(
                () -> new MeetingSchedule.RefusedException(MeetingSchedule.RefusedException.Reason.NOT_RULED));
    }

    /**
     * The people in the rule's member roles who are serving on the day (not retired by then), by id: a meeting's
     * members as the roster has them when it is put on the schedule. Hegang 第三十七条（一）: 市政府常务会议由市长、副市长、
     * 秘书长组成.
     */
    private List<String> serving(QuorumRule rule, LocalDate day) {
        return db.people().rosterRows().stream()
                .filter(row -> row.retiredOn().filter(retired -> !retired.isAfter(day)).isEmpty())
                .map(row -> row.person())
                .filter(p -> rule.memberRoles().contains(p.role()))
                .map(Person::id).toList();
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
        Rulebook rulebook = rulebook();
        // the members as the roster has them now, recorded with the meeting: a later change of the roster does not
        // change who this meeting's members were
        List<String> members = rulebook.quorum().filter(q -> q.meetingType() == type)
                .map(q -> serving(q, date)).orElse(List.of());
        db.meetings().insert(meeting, members, actor);
        return entry(meeting, new MeetingMembers(id, type, date, members), rulebook, roster);
    }

    private MeetingSchedule.Entry entry(ScheduledMeeting meeting, MeetingMembers recorded, Rulebook rulebook,
                                        Roster roster) {
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
                .map(q -> quorum(q, rulebook, roster, recorded, that, day));
        return new MeetingSchedule.Entry(meeting.id(), meeting.type(), day, meeting.title(),
                meeting.convener().flatMap(roster::find), excused, quorum);
    }

    private static MeetingSchedule.Quorum quorum(QuorumRule rule, Rulebook rulebook, Roster roster,
                                                 MeetingMembers recorded, List<Absence> absences, LocalDate day) {
        // the check of a request counts with the same members (QuorumCheck.membersOn), so the two agree
        QuorumCheck.Attendance attendance = QuorumCheck.attendance(rule,
                QuorumCheck.membersOn(rule, roster, List.of(recorded), day), absences, day);
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
