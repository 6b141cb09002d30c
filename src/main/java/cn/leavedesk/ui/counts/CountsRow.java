package cn.leavedesk.ui.counts;

import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Role;
import cn.leavedesk.service.AnnualReview;
import cn.leavedesk.service.QuotaUse;
import java.util.Objects;
import java.util.Optional;

/** One person's line of the leaders' review. */
public record CountsRow(AnnualReview.Line line) {
    public CountsRow {
        Objects.requireNonNull(line, "line");
    }

    public int count(Kind kind) {
        return line.count(kind);
    }

    public Optional<QuotaUse> quota() {
        return line.quota();
    }

    public RoleGroup group() {
        return RoleGroup.of(line.role());
    }

    /** The two halves of a roster a clerk looks at separately. */
    public enum RoleGroup {
        /** 市领导: the mayor, vice-mayors, secretaries-general and the others the government's rules name. */
        CITY_LEADERS,
        /** 部门与县区: heads of departments and of districts and counties. */
        DEPARTMENTS_AND_DISTRICTS;

        static RoleGroup of(Role role) {
            return switch (role) {
                case DEPARTMENT_HEAD, DISTRICT_HEAD -> DEPARTMENTS_AND_DISTRICTS;
                case MAYOR, EXECUTIVE_VICE_MAYOR, VICE_MAYOR, SECRETARY_GENERAL, DEPUTY_SECRETARY_GENERAL,
                     PARTY_GROUP_MEMBER, OFFICE_DIRECTOR -> CITY_LEADERS;
            };
        }
    }
}
