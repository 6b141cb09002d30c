package cn.leavedesk.rules.check;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Finding;
import cn.leavedesk.domain.FindingCode;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.MeetingMembers;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Roster;
import cn.leavedesk.rules.Check;
import cn.leavedesk.rules.CheckContext;
import cn.leavedesk.rules.CheckResult;
import cn.leavedesk.rules.QuorumRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Hegang 第三十七条: 市政府常务会议应有半数以上组成人员出席方能召开. 以上 includes the number itself in Chinese legal
 * drafting, so exactly half present is enough; the warning comes when fewer than half can attend. 出席 is being
 * there: a member who asked to miss the meeting, or who is away on a trip or leave that day, is not present,
 * whether or not a meeting absence was filed.
 *
 * <p>Which days: for a meeting absence from that meeting, its day; for a member's trip or leave, every day of it
 * on which the meeting is on the schedule, or the register shows it held (someone's meeting absence from it that
 * day).
 *
 * <p>Who the members are: those recorded for the meeting on the schedule — taken from the roster when it was put on
 * the schedule and corrected by the clerk since, so a later roster change does not rewrite a past meeting's quorum;
 * for a day with no meeting on the schedule (or one with no members recorded), the roster's people in the rule's
 * member roles. The meeting schedule counts with {@link #membersOn} too, so it and this check agree.
 */
public final class QuorumCheck implements Check {
    @Override
    public CheckResult apply(CheckContext ctx) {
        if (ctx.rulebook().quorum().isEmpty() || !ctx.request().isActive()) {
            return CheckResult.none();
        }
        QuorumRule rule = ctx.rulebook().quorum().get();
        List<Absence> all = Stream.concat(ctx.others().stream(), Stream.of(ctx.request())).toList();
        List<Finding> findings = new ArrayList<>();
        for (LocalDate day : meetingDays(ctx, rule)) {
            List<Person> members = membersOn(rule, ctx.roster(), ctx.meetings(), day);
            if (members.stream().noneMatch(p -> p.id().equals(ctx.person().id()))) {
                continue;
            }
            Attendance attendance = attendance(rule, members, all, day);
            if (attendance.holds()) {
                continue;
            }
            List<Person> absent = attendance.absent();
            int present = attendance.present();
            String names = String.join(ctx.messages().text("list.separator"),
                    absent.stream().map(Person::displayName).toList());
            findings.add(Findings.warning(FindingCode.QUORUM_AT_RISK, ctx.cite(rule.article()),
                    ctx.messages().text("finding.quorum", ctx.messages().label(rule.meetingType()), day.toString(),
                            present, members.size(), ctx.cite(rule.article()), names)));
        }
        return CheckResult.findings(findings);
    }

    private static SortedSet<LocalDate> meetingDays(CheckContext ctx, QuorumRule rule) {
        Absence request = ctx.request();
        SortedSet<LocalDate> days = new TreeSet<>();
        if (isFromTheMeeting(request, rule)) {
            days.add(request.depart());
        } else if (request.awayFromPost()) {
            ctx.others().stream()
                    .filter(a -> isFromTheMeeting(a, rule))
                    .filter(a -> !a.depart().isBefore(request.depart()) && !a.depart().isAfter(request.returnDate()))
                    .forEach(a -> days.add(a.depart()));
            ctx.meetings().stream()
                    .filter(m -> m.type() == rule.meetingType())
                    .filter(m -> !m.day().isBefore(request.depart()) && !m.day().isAfter(request.returnDate()))
                    .forEach(m -> days.add(m.day()));
        }
        return days;
    }

    private static boolean isFromTheMeeting(Absence absence, QuorumRule rule) {
        return absence.kind() == Kind.MEETING_ABSENCE
                && absence.meeting().filter(m -> m.type() == rule.meetingType()).isPresent();
    }

    /**
     * Who of the members is not there on the day and why, and whether the meeting can be held: the one reading of
     * 第三十七条 used by this check and by the meeting schedule.
     *
     * @param absent  members not there, in the order of {@code members}
     * @param reasons for each absent member's id, the absence that keeps them away (their request to be excused
     *                from the meeting first, else the trip or leave)
     */
    public record Attendance(List<Person> members, List<Person> absent, Map<String, Absence> reasons) {
        public Attendance {
            members = List.copyOf(members);
            absent = List.copyOf(absent);
            reasons = Map.copyOf(reasons);
        }

        public int present() {
            return members.size() - absent.size();
        }

        /** 半数以上 includes half. */
        public boolean holds() {
            return present() * 2 >= members.size();
        }
    }

    /** The members a rule counts where no meeting records them: the roster's people in its member roles. */
    public static List<Person> members(QuorumRule rule, Roster roster) {
        return roster.people().stream().filter(p -> rule.memberRoles().contains(p.role())).toList();
    }

    /**
     * The members of the rule's meeting on the day: those recorded for it when it is on the schedule with members
     * (in roster order; anyone no longer on the roster is left out), else {@link #members}.
     */
    public static List<Person> membersOn(QuorumRule rule, Roster roster, Collection<MeetingMembers> meetings,
                                         LocalDate day) {
        Optional<MeetingMembers> scheduled = meetings.stream()
                .filter(m -> m.type() == rule.meetingType() && m.day().equals(day) && !m.personIds().isEmpty())
                .findFirst();
        if (scheduled.isEmpty()) {
            return members(rule, roster);
        }
        Set<String> ids = Set.copyOf(scheduled.get().personIds());
        return roster.people().stream().filter(p -> ids.contains(p.id())).toList();
    }

    /** The attendance of the rule's meeting on the day, given the active absences on record. */
    public static Attendance attendance(QuorumRule rule, List<Person> members, Collection<Absence> absences,
                                        LocalDate day) {
        List<Person> absent = new ArrayList<>();
        Map<String, Absence> reasons = new HashMap<>();
        for (Person member : members) {
            notThere(member, day, rule, absences).ifPresent(reason -> {
                absent.add(member);
                reasons.put(member.id(), reason);
            });
        }
        return new Attendance(members, absent, reasons);
    }

    private static Optional<Absence> notThere(Person member, LocalDate day, QuorumRule rule,
                                              Collection<Absence> absences) {
        List<Absence> own = absences.stream().filter(a -> a.personId().equals(member.id())).toList();
        return own.stream().filter(a -> isFromTheMeeting(a, rule) && a.depart().equals(day)).findFirst()
                .or(() -> own.stream().filter(a -> !isFromTheMeeting(a, rule))
                        .filter(a -> a.awayFromPost() && a.overlaps(day, day)).findFirst());
    }
}
