package cn.leavedesk.io;

import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.MeetingType;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Status;

/** The Chinese labels import files may use for each enum. */
final class Vocabularies {
    static final Vocabulary<Role> ROLE = Vocabulary.of(Role.class)
            .label(Role.MAYOR, "市长")
            .label(Role.EXECUTIVE_VICE_MAYOR, "常务副市长")
            .label(Role.VICE_MAYOR, "副市长")
            .label(Role.SECRETARY_GENERAL, "秘书长", "市政府秘书长")
            .label(Role.DEPUTY_SECRETARY_GENERAL, "副秘书长", "市政府副秘书长")
            .label(Role.PARTY_GROUP_MEMBER, "党组成员", "市政府党组成员")
            .label(Role.OFFICE_DIRECTOR, "办公室主任", "办公厅主任", "市政府办公室主任")
            .label(Role.DEPARTMENT_HEAD, "部门主要负责人", "局长", "主任", "部门负责人")
            .label(Role.DISTRICT_HEAD, "县区政府主要负责人", "区长", "县长", "县（市、区）长", "县(市)区长");

    static final Vocabulary<Kind> KIND = Vocabulary.of(Kind.class)
            .label(Kind.BUSINESS_TRIP, "出差")
            .label(Kind.OFFICIAL_VISIT, "出访", "因公出访")
            .label(Kind.LEAVE, "休假", "请假")
            .label(Kind.OTHER_ABSENCE, "外出", "其他外出")
            .label(Kind.MEETING_ABSENCE, "会议请假", "请假不参加会议");

    static final Vocabulary<Scope> SCOPE = Vocabulary.of(Scope.class)
            .label(Scope.WITHIN_CITY, "市内")
            .label(Scope.WITHIN_PROVINCE, "省内")
            .label(Scope.OUTSIDE_PROVINCE, "省外")
            .label(Scope.ABROAD, "境外", "出国(境)", "出国", "出境", "国(境)外");

    static final Vocabulary<Status> STATUS = Vocabulary.of(Status.class)
            .label(Status.ACTIVE, "有效")
            .label(Status.CANCELLED, "已取消", "取消", "作废");

    static final Vocabulary<MeetingType> MEETING_TYPE = Vocabulary.of(MeetingType.class)
            .label(MeetingType.PLENARY, "全体会议", "市政府全体会议")
            .label(MeetingType.EXECUTIVE, "常务会议", "市政府常务会议")
            .label(MeetingType.SPECIAL, "专题会议")
            .label(MeetingType.MAYOR_OFFICE, "市长办公会议", "市长碰头会议", "市长办公会");

    private Vocabularies() {
    }
}
