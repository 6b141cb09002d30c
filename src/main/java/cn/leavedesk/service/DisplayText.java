package cn.leavedesk.service;

import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Labels;
import cn.leavedesk.domain.Message;
import cn.leavedesk.domain.QuotaPeriod;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Wording;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The wording of what the services and the command line write — on paper, into files, on stdout and stderr — in
 * Chinese or English: sentences from {@code i18n/messages} through {@link Wording} (the same reader the client's
 * {@code I18n} uses), so that a printed form, an exported table and a command name things exactly as the screens
 * do; roles, kinds and scopes come from the one vocabulary ({@link Labels}) that the screens use too.
 */
public final class DisplayText {
    private final Wording wording;

    private DisplayText(Locale locale) {
        this.wording = Wording.of(locale);
    }

    /** English for an English locale, Simplified Chinese for any other. */
    public static DisplayText of(Locale locale) {
        return new DisplayText(locale);
    }

    public static DisplayText chinese() {
        return new DisplayText(Locale.SIMPLIFIED_CHINESE);
    }

    /** {@link Locale#ENGLISH} or {@link Locale#SIMPLIFIED_CHINESE}. */
    public Locale locale() {
        return wording.locale();
    }

    /** A key's sentence with its arguments; a missing key shows as {@code !key!} (the bundle test guards). */
    public String tr(String key, Object... args) {
        return wording.text(key, args);
    }

    /** A store, import or calendar problem (or any other {@link Message}) in this language. */
    public String of(Message message) {
        return wording.text(message);
    }

    public String role(Role role) {
        return Labels.of(locale()).of(role);
    }

    public String kind(Kind kind) {
        return Labels.of(locale()).of(kind);
    }

    public String scope(Scope scope) {
        return Labels.of(locale()).of(scope);
    }

    /** A day as forms write it: "2026年3月9日（星期一）", "Monday 9 March 2026". */
    public String day(LocalDate day) {
        return DateTimeFormatter.ofPattern(tr("print.dayPattern"), locale()).format(day);
    }

    /** A day in a table cell, without the weekday: "2026年3月9日", "9 Mar 2026". */
    public String shortDay(LocalDate day) {
        return DateTimeFormatter.ofPattern(tr("print.shortDayPattern"), locale()).format(day);
    }

    /** How a quota cell stands: room left, used up, over, or no limit to speak of. */
    public enum QuotaMark {
        NONE, AT_LIMIT, EXCEEDED, NOT_LIMITED
    }

    /** What a quota cell of the annual review shows, on screen, on paper and in Excel alike. */
    public record QuotaCell(String text, QuotaMark mark) {
    }

    /** A quota period's name as a column heading: 本年, 本任期, 两年内. */
    public String periodName(QuotaPeriod period) {
        return tr(switch (period) {
            case YEAR -> "counts.period.year";
            case TERM -> "counts.period.term";
            case TWO_YEARS -> "counts.period.twoYears";
        });
    }

    /**
     * A quota cell: trips left under the period's limit with the use, or why there is no figure — the person is in
     * no quota group, the group is not limited over this period, or no term on record.
     */
    public QuotaCell quotaCell(Optional<QuotaUse> use, QuotaPeriod period) {
        if (use.isEmpty()) {
            return new QuotaCell(tr("counts.quota.notLimited"), QuotaMark.NOT_LIMITED);
        }
        QuotaUse q = use.get();
        if (q.isUncapped()) {
            return new QuotaCell(tr("counts.quota.asNeeded", q.used(period).orElse(0)), QuotaMark.NOT_LIMITED);
        }
        if (q.limit(period).isEmpty()) {
            return new QuotaCell(tr("counts.quota.noLimitForPeriod"), QuotaMark.NOT_LIMITED);
        }
        int max = q.limit(period).get();
        if (q.used(period).isEmpty()) {
            return new QuotaCell(tr("counts.quota.termUnknown"), QuotaMark.NONE);
        }
        int used = q.used(period).get();
        QuotaMark mark = q.isOverLimit(period) ? QuotaMark.EXCEEDED
                : q.isAtOrOverLimit(period) ? QuotaMark.AT_LIMIT : QuotaMark.NONE;
        return new QuotaCell(tr("counts.quota.remaining", q.remaining(period).orElse(0), used, max), mark);
    }
}
