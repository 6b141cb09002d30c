package cn.leavedesk.io;

import java.util.List;

/** The columns of an absences file; see docs/import-format.md. */
enum AbsenceColumn implements ImportColumn {
    ID("id", true, "编号", "记录编号"),
    PERSON("person", true, "人员", "人员编号", "姓名"),
    KIND("kind", true, "类型", "外出类型"),
    SCOPE("scope", false, "范围", "外出范围"),
    STATUS("status", false, "状态"),
    FILED("filed", false, "报备日期"),
    DEPART("depart", true, "出发日期"),
    RETURN("return", true, "返回日期"),
    DESTINATION("destination", false, "目的地"),
    REASON("reason", false, "事由"),
    CONTACT("contact", false, "联系方式", "联系电话"),
    ACTING_PERSON("acting_person", false, "外出期间主持工作", "外出期间主持工作的同志", "主持工作"),
    ATTACHMENTS("attachments", false, "附件"),
    STOPS("stops", false, "行程", "途经国家和地区"),
    MEETING_TYPE("meeting_type", false, "会议类型"),
    MEETING_CONVENER("meeting_convener", false, "会议召集人");

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
