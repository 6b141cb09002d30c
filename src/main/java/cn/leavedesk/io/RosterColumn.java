package cn.leavedesk.io;

import java.util.List;

/** The columns of a roster file; see docs/import-format.md. */
enum RosterColumn implements ImportColumn {
    ID("id", true),
    NAME("name", true),
    ROLE("role", true),
    PORTFOLIOS("portfolios", false),
    SUPERVISOR("supervisor", false),
    TERM_START("term_start", false),
    TERM_END("term_end", false),
    CONTACT("contact", false);

    private final String code;
    private final boolean required;
    private final List<String> chineseNames;

    /** The Chinese headers are data: {@code roster.<code>} in {@code import-words.properties}. */
    RosterColumn(String code, boolean required) {
        this.code = code;
        this.required = required;
        this.chineseNames = ImportWords.of("roster." + code);
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
