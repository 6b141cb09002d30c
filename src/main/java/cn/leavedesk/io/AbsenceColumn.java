package cn.leavedesk.io;

import java.util.List;

/** The columns of an absences file; see docs/import-format.md. */
enum AbsenceColumn implements ImportColumn {
    /** Without it, ids are made from each row's content (see AbsenceImport). */
    ID("id", false),
    PERSON("person", true),
    /** A required fact, but a missing column may be supplied by the caller (RequiredFact.KIND). */
    KIND("kind", false),
    SCOPE("scope", false),
    STATUS("status", false),
    FILED("filed", false),
    DEPART("depart", true),
    RETURN("return", true),
    DESTINATION("destination", false),
    REASON("reason", false),
    CONTACT("contact", false),
    ACTING_PERSON("acting_person", false),
    ATTACHMENTS("attachments", false),
    STOPS("stops", false),
    MEETING_TYPE("meeting_type", false),
    MEETING_CONVENER("meeting_convener", false),
    /** Registers repeat the person's post; the roster has it, so it is read past, not stored. */
    ROLE("role", false),
    /** Registers often count the days; LeaveDesk counts them from the dates, so the column is read past. */
    DAYS("days", false);

    private final String code;
    private final boolean required;
    private final List<String> chineseNames;

    /** The Chinese headers are data: {@code absence.<code>} in {@code import-words.properties}. */
    AbsenceColumn(String code, boolean required) {
        this.code = code;
        this.required = required;
        this.chineseNames = ImportWords.of("absence." + code);
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
