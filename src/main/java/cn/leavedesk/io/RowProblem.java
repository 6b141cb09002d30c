package cn.leavedesk.io;

/**
 * Why a row or a whole file cannot be imported. Each problem is worded by its key in the message bundles
 * ({@code i18n/messages*.properties}), with the arguments a {@link RowError} carries, so the client and the
 * command line say it in the clerk's language.
 */
public enum RowProblem {
    FILE_MISSING("io.error.fileMissing"),
    FILE_UNREADABLE("io.error.fileUnreadable"),
    FILE_EMPTY("io.error.fileEmpty"),
    HEADER_ONLY("io.error.headerOnly"),
    NO_HEADER("io.error.noHeader"),
    UNKNOWN_COLUMN("io.error.unknownColumn"),
    DUPLICATE_COLUMN("io.error.duplicateColumn"),
    MISSING_COLUMNS("io.error.missingColumns"),
    DATA_WITHOUT_HEADER("io.error.dataWithoutHeader"),
    /** A required fact (kind, scope) has no column; the caller may supply it for the whole column. */
    MISSING_FACT_COLUMN("io.error.missingFactColumn"),
    REQUIRED("io.error.required"),
    TABLE_KIND_UNKNOWN("io.error.tableKindUnknown"),
    CSV_QUOTES("io.error.csvQuotes"),
    CSV_LINE_TOO_LONG("io.error.csvLineTooLong"),
    FILE_TOO_LARGE("io.error.fileTooLarge"),
    XLSX_DAMAGED("io.error.xlsxDamaged"),
    XLSX_INVALID("io.error.xlsxInvalid"),
    XLS_OLD("io.error.xlsOld"),
    XLSX_DOCTYPE("io.error.xlsxDoctype"),
    XLSX_TOO_LARGE("io.error.xlsxTooLarge"),
    XLSX_ROW_NUMBER("io.error.xlsxRowNumber"),
    XLSX_CELL_REFERENCE("io.error.xlsxCellReference"),
    XLSX_NUMBER("io.error.xlsxNumber"),
    ENCODING_DAMAGED_UTF8("io.error.encodingDamagedUtf8"),
    ENCODING_UNKNOWN("io.error.encodingUnknown"),
    CONTROL_CHARACTER("io.error.controlCharacter"),
    DATE_UNREADABLE("io.error.dateUnreadable"),
    DATE_NONEXISTENT("io.error.dateNonexistent"),
    DATE_NOT_A_DATE("io.error.dateNotADate"),
    DATE_OUT_OF_RANGE("io.error.dateOutOfRange"),
    UNKNOWN_VALUE("io.error.unknownValue"),
    DUPLICATE_ID("io.error.duplicateId"),
    DUPLICATE_ROW("io.error.duplicateRow"),
    RETURN_BEFORE_DEPART("io.error.returnBeforeDepart"),
    CONVENER_WITHOUT_TYPE("io.error.convenerWithoutType"),
    STOP_UNREADABLE("io.error.stopUnreadable"),
    STOP_MARK("io.error.stopMark"),
    PERSON_UNKNOWN("io.error.personUnknown"),
    PERSON_AMBIGUOUS("io.error.personAmbiguous"),
    TERM_END_MISSING("io.error.termEndMissing"),
    TERM_START_MISSING("io.error.termStartMissing"),
    TERM_END_BEFORE_START("io.error.termEndBeforeStart"),
    SCENARIO_INVALID("io.error.scenarioInvalid"),
    PERSON_ID_IN_OTHER_FILE("io.error.personIdInOtherFile"),
    ABSENCE_ID_IN_OTHER_FILE("io.error.absenceIdInOtherFile"),
    PERSON_STORED("io.error.personStored"),
    ABSENCE_STORED("io.error.absenceStored"),
    ROW_STORED("io.error.rowStored"),
    MORE_PEOPLE_STORED("io.error.morePeopleStored"),
    MORE_ABSENCES_STORED("io.error.moreAbsencesStored");

    private final String key;

    RowProblem(String key) {
        this.key = key;
    }

    /** The bundle key that words this problem. */
    public String key() {
        return key;
    }
}
