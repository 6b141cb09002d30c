package cn.leavedesk.service;

import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The client's wording ({@code i18n/messages}) for what the services write on paper and into files, so that a
 * printed form and an exported table name roles, kinds and quotas exactly as the screens do. The switches repeat
 * the keys {@code ui.DomainLabels} uses (the service layer cannot reach into the client); a test holds the two
 * equal.
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
        return tr(switch (role) {
            case MAYOR -> "role.mayor";
            case EXECUTIVE_VICE_MAYOR -> "role.executiveViceMayor";
            case VICE_MAYOR -> "role.viceMayor";
            case SECRETARY_GENERAL -> "role.secretaryGeneral";
            case DEPUTY_SECRETARY_GENERAL -> "role.deputySecretaryGeneral";
            case PARTY_GROUP_MEMBER -> "role.partyGroupMember";
            case OFFICE_DIRECTOR -> "role.officeDirector";
            case DEPARTMENT_HEAD -> "role.departmentHead";
            case DISTRICT_HEAD -> "role.districtHead";
        });
    }

    public String kind(Kind kind) {
        return tr(switch (kind) {
            case BUSINESS_TRIP -> "kind.businessTrip";
            case OFFICIAL_VISIT -> "kind.officialVisit";
            case LEAVE -> "kind.leave";
            case OTHER_ABSENCE -> "kind.otherAbsence";
            case MEETING_ABSENCE -> "kind.meetingAbsence";
        });
    }

    public String scope(Scope scope) {
        return tr(switch (scope) {
            case WITHIN_CITY -> "scope.withinCity";
            case WITHIN_PROVINCE -> "scope.withinProvince";
            case OUTSIDE_PROVINCE -> "scope.outsideProvince";
            case ABROAD -> "scope.abroad";
        });
    }

    /** A day as forms write it: "2026年3月9日（星期一）", "Monday 9 March 2026". */
    public String day(LocalDate day) {
        return DateTimeFormatter.ofPattern(tr("print.dayPattern"), locale).format(day);
    }

    /** A day in a table cell, without the weekday: "2026年3月9日", "9 Mar 2026". */
    public String shortDay(LocalDate day) {
        return DateTimeFormatter.ofPattern(tr("print.shortDayPattern"), locale).format(day);
    }

    /** The quota column of the annual counts: "本年 0/1", "本任期 1/2，两年内 1/1", "按工作需要（本年 2 次）". */
    public String quota(QuotaUse use) {
        if (use.isUncapped()) {
            return tr("counts.quota.asNeeded", use.thisYear());
        }
        List<String> parts = new ArrayList<>();
        use.quota().perYear().ifPresent(max -> parts.add(tr("counts.quota.year", use.thisYear(), max)));
        use.quota().perTerm().ifPresent(max -> parts.add(use.thisTerm()
                .map(n -> tr("counts.quota.term", n, max))
                .orElseGet(() -> tr("counts.quota.termUnknown", max))));
        use.quota().perTwoYears().ifPresent(max -> parts.add(tr("counts.quota.twoYears", use.inTwoYears(), max)));
        return String.join(tr("counts.quota.separator"), parts);
    }
}
