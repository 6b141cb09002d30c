package cn.leavedesk.service;

import cn.leavedesk.domain.Wording;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A lifecycle operation the absence's state or the input does not allow; nothing was changed. {@link #reason()}
 * names what is wrong, {@link #args()} fill in its sentence, and {@link #message(Locale)} says it in the clerk's
 * language from the {@code i18n/messages} bundle (the client can also look the key up itself).
 */
public final class LifecycleRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What was refused, each with the bundle key of its sentence. */
    public enum Reason {
        /** {0} id */
        UNKNOWN_ABSENCE("lifecycle.refused.unknownAbsence"),
        /** {0} id */
        ALREADY_CANCELLED("lifecycle.refused.alreadyCancelled"),
        /** {0} id, {1} the newer version's id */
        SUPERSEDED("lifecycle.refused.superseded"),
        /** {0} day, {1} today */
        FUTURE_DAY("lifecycle.refused.futureDay"),
        /** {0} return day, {1} departure day */
        RETURN_BEFORE_DEPARTURE("lifecycle.refused.returnBeforeDeparture"),
        /**
         * {0} return day, {1} planned departure day, {2} the earlier actual departure day: the whole trip moved earlier,
         * which is an amendment (the figures count the planned days)
         */
        RETURN_BEFORE_PLANNED_DEPARTURE("lifecycle.refused.returnBeforePlannedDeparture"),
        /** {0} departure day, {1} recorded return day */
        DEPARTURE_AFTER_RETURN("lifecycle.refused.departureAfterReturn"),
        /** {0} day, {1} departure day */
        REPORT_BEFORE_DEPARTURE("lifecycle.refused.reportBeforeDeparture"),
        /** {0} id */
        NO_REPORT_OWED("lifecycle.refused.noReportOwed"),
        /** {0} id, {1} day it was handed in */
        REPORT_ALREADY_SUBMITTED("lifecycle.refused.reportAlreadySubmitted"),
        /** {0} step, {1} id, {2} number of steps */
        STEP_OUT_OF_RANGE("lifecycle.refused.stepOutOfRange"),
        /** {0} step, {1} id */
        STEP_ALREADY_DONE("lifecycle.refused.stepAlreadyDone"),
        /** {0} step, {1} id */
        STEP_NOT_DONE("lifecycle.refused.stepNotDone"),
        /** {0} what needs the reason (amend, cancel, undo) */
        REASON_REQUIRED("lifecycle.refused.reasonRequired"),
        /** {0} id, {1} the other person */
        AMEND_OTHER_PERSON("lifecycle.refused.amendOtherPerson"),
        /** {0} the new version's id */
        AMEND_ID_TAKEN("lifecycle.refused.amendIdTaken"),
        /** {0} file name, {1} size in MB, {2} limit in MB */
        ATTACHMENT_TOO_LARGE("lifecycle.refused.attachmentTooLarge"),
        /** {0} file name */
        ATTACHMENT_EMPTY("lifecycle.refused.attachmentEmpty"),
        /** {0} attachment id */
        UNKNOWN_ATTACHMENT("lifecycle.refused.unknownAttachment");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private final Reason reason;
    private final List<Object> args;

    public LifecycleRefusal(Reason reason, Object... args) {
        super(format(Locale.ENGLISH, reason, List.of(args)));
        this.reason = Objects.requireNonNull(reason, "reason");
        this.args = List.of(args);
    }

    public Reason reason() {
        return reason;
    }

    public List<Object> args() {
        return args;
    }

    /** The sentence in Chinese, or in English for an English locale. */
    public String message(Locale locale) {
        return format(locale, reason, args);
    }

    /** Arguments are shown as text, so a step number or an id is never grouped like an amount. */
    private static String format(Locale locale, Reason reason, List<Object> args) {
        return Wording.of(locale).text(reason.key(), args.stream().map(String::valueOf).toArray());
    }
}
