package cn.leavedesk.io;

import java.util.List;

/** The columns of an absences file; see docs/import-format.md. */
enum AbsenceColumn implements ImportColumn {
    /** Without it, ids are made from each row's content (see AbsenceImport). */
    ID("id", false, "编号", "记录编号"),
    PERSON("person", true, "人员", "人员编号", "姓名"),
    /** A required fact, but a missing column may be supplied by the caller (RequiredFact.KIND). */
    KIND("kind", false, "类型", "外出类型", "外出种类"),
    SCOPE("scope", false, "范围", "外出范围"),
    STATUS("status", false, "状态"),
    FILED("filed", false, "报备日期", "报告日期"),
    DEPART("depart", true, "出发日期", "出发时间", "离开日期", "离岗日期"),
    RETURN("return", true, "返回日期", "返回时间", "返岗日期"),
    DESTINATION("destination", false, "目的地", "外出地点", "前往地点", "去向"),
    REASON("reason", false, "事由", "外出事由", "请假事由"),
    CONTACT("contact", false, "联系方式", "联系电话"),
    ACTING_PERSON("acting_person", false, "外出期间主持工作", "外出期间主持工作的同志", "主持工作"),
    ATTACHMENTS("attachments", false, "附件"),
    STOPS("stops", false, "行程", "途经国家和地区"),
    MEETING_TYPE("meeting_type", false, "会议类型"),
    MEETING_CONVENER("meeting_convener", false, "会议召集人"),
    /** Registers repeat the person's post; the roster has it, so it is read past, not stored. */
    ROLE("role", false, "职务"),
    /** Registers often count the days; LeaveDesk counts them from the dates, so the column is read past. */
    DAYS("days", false, "天数", "外出天数");

    private final String code;
    private final boolean required;
    private final List<String> chineseNames;

    AbsenceColumn(String code, boolean required, String... chineseNames) {
        this.code = code;
        this.required = required;
        this.chineseNames = List.of(chineseNames);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public List<String> chineseNames() {
        return chineseNames;
    }

    @Override
    public boolean requiredInHeader() {
        return required;
    }
}
