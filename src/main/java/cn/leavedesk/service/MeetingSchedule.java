package cn.leavedesk.service;

import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.MeetingType;
import cn.leavedesk.domain.Person;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The office's government meetings as the meeting schedule (会议安排) shows them. */
public final class MeetingSchedule {
    private MeetingSchedule() {
    }

    /**
     * The rulebook's quorum rule as the screen names it.
     *
     * @param article the article, cited (鹤岗 … 第三十七条)
     * @param summary what the article says, in the clerk's language
     */
    public record QuorumRuleText(String article, MeetingType meetingType, String summary) {
        public QuorumRuleText {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(meetingType, "meetingType");
            Objects.requireNonNull(summary, "summary");
        }
    }

    /**
     * One meeting on the calendar.
     *
     * @param excused everyone who asked to be excused from it (a meeting absence from a meeting of its type that
     *                day), members or not
     * @param quorum  whether it can be held, for a meeting of the type the rulebook's quorum rule governs
     */
    public record Entry(String id, MeetingType type, LocalDate date, Optional<String> title, Optional<Person> convener,
                        List<Excusal> excused, Optional<Quorum> quorum) {
        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(convener, "convener");
            excused = List.copyOf(excused);
            Objects.requireNonNull(quorum, "quorum");
        }
    }

    /** Someone's request to be excused from a meeting. */
    public record Excusal(Person person, Absence absence) {
    }

    /**
     * The rules engine's answer for the meeting's day: the members (the rulebook's member roles on the roster), who
     * of them is not there and why, and whether more than half — half included — are there.
     */
    public record Quorum(String article, List<Member> members, int present, boolean holds) {
        public Quorum {
            members = List.copyOf(members);
        }

        public int total() {
            return members.size();
        }
    }

    /** A member and, when they are not there, the absence that keeps them away. */
    public record Member(Person person, Optional<Absence> awayFor) {
        public boolean present() {
            return awayFor.isEmpty();
        }
    }

    /** Someone who may be recorded as a meeting's member, and whether they are. */
    public record MemberChoice(Person person, boolean member) {
        public MemberChoice {
            Objects.requireNonNull(person, "person");
        }
    }

    /** Why a meeting or its members cannot be recorded. */
    public static final class RefusedException extends RuntimeException {
        /** What is wrong, for the clerk's message. */
        public enum Reason {
            /** There is already a meeting of the type on the day. */
            SAME_DAY_AND_TYPE,
            /** The convener is not on the roster. */
            UNKNOWN_CONVENER,
            /** No such meeting on the schedule. */
            UNKNOWN_MEETING,
            /** No quorum rule of the office's rulebook governs the meeting's type, so it has no members to record. */
            NOT_RULED,
            /** A meeting governed by a quorum rule needs at least one member. */
            NO_MEMBERS,
            /** A member is not on the roster. */
            UNKNOWN_MEMBER
        }

        private final Reason reason;

        public RefusedException(Reason reason) {
            super(reason.name());
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }
}
