package cn.leavedesk.io;

import java.util.List;

/** The columns of a roster file; see docs/import-format.md. */
enum RosterColumn implements ImportColumn {
    ID("id", true, "编号", "人员编号"),
    NAME("name", true, "姓名"),
    ROLE("role", true, "职务"),
    PORTFOLIOS("portfolios", false, "分管领域", "分管工作"),
    SUPERVISOR("supervisor", false, "分管副市长", "分管市领导"),
    TERM_START("term_start", false, "任期开始", "任期起始"),
    TERM_END("term_end", false, "任期结束", "任期截止"),
    CONTACT("contact", false, "联系方式", "联系电话");

    private final String code;
    private final boolean required;
    private final List<String> chineseNames;

    RosterColumn(String code, boolean required, String... chineseNames) {
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
