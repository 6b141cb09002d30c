package cn.leavedesk.ui;

import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.MeetingType;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Status;

/**
 * Display names of domain values. Exhaustive switches make a new enum constant a compile error here
 * instead of a raw name on screen, and keep every bundle key a literal the consistency test can find.
 */
public final class DomainLabels {
    private DomainLabels() {
    }

    public static String kind(Kind kind) {
        return I18n.tr(switch (kind) {
            case BUSINESS_TRIP -> "kind.businessTrip";
            case OFFICIAL_VISIT -> "kind.officialVisit";
            case LEAVE -> "kind.leave";
            case OTHER_ABSENCE -> "kind.otherAbsence";
            case MEETING_ABSENCE -> "kind.meetingAbsence";
        });
    }

    public static String scope(Scope scope) {
        return I18n.tr(switch (scope) {
            case WITHIN_CITY -> "scope.withinCity";
            case WITHIN_PROVINCE -> "scope.withinProvince";
            case OUTSIDE_PROVINCE -> "scope.outsideProvince";
            case ABROAD -> "scope.abroad";
        });
    }

    public static String role(Role role) {
        return I18n.tr(switch (role) {
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

    public static String meetingType(MeetingType type) {
        return I18n.tr(switch (type) {
            case PLENARY -> "meetingType.plenary";
            case EXECUTIVE -> "meetingType.executive";
            case SPECIAL -> "meetingType.special";
            case MAYOR_OFFICE -> "meetingType.mayorOffice";
        });
    }

    public static String status(Status status) {
        return I18n.tr(switch (status) {
            case ACTIVE -> "status.active";
            case CANCELLED -> "status.cancelled";
        });
    }
}
