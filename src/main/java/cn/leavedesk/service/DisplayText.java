package cn.leavedesk.service;

import cn.leavedesk.domain.Labels;
import cn.leavedesk.domain.QuotaPeriod;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.QuotaPeriod;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The client's wording ({@code i18n/messages}) for what the services write on paper and into files, so that a
 * printed form and an exported table name quotas exactly as the screens do; roles, kinds and scopes come from the
 * one vocabulary ({@link Labels}) that the screens use too.
 */
public final class DisplayText {
    private final ResourceBundle bundle;
    private final Locale locale;

    private DisplayText(Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        this.locale = english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        this.bundle = ResourceBundle.getBundle("i18n.messages", english ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** English for an English locale, Simplified Chinese for any other. */
    public static DisplayText of(Locale locale) {
        return new DisplayText(locale);
    }

    public static DisplayText chinese() {
        return new DisplayText(Locale.SIMPLIFIED_CHINESE);
    }

    public Locale locale() {
        return locale;
    }

    public String tr(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public String role(Role role) {
        return Labels.of(locale).of(role);
    }

    public String kind(Kind kind) {
        return Labels.of(locale).of(kind);
    }

    public String scope(Scope scope) {
        return Labels.of(locale).of(scope);
    }

    /** A day as forms write it: "2026年3月9日（星期一）", "Monday 9 March 2026". */
    public String day(LocalDate day) {
        return DateTimeFormatter.ofPattern(tr("print.dayPattern"), locale).format(day);
    }

    /** A day in a table cell, without the weekday: "2026年3月9日", "9 Mar 2026". */
    public String shortDay(LocalDate day) {
        return DateTimeFormatter.ofPattern(tr("print.shortDayPattern"), locale).format(day);
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
