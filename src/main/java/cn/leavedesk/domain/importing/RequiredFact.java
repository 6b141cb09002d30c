package cn.leavedesk.domain.importing;

/**
 * A fact every absence needs that the spreadsheets offices keep often leave out: a 外出登记表 has no column for
 * the kind of absence or its scope. The caller may supply it for a whole column or for single rows
 * ({@link SuppliedFacts}) instead of the file being refused.
 */
public enum RequiredFact {
    /** {@link cn.leavedesk.domain.Kind}: column 类型 / kind. */
    KIND,
    /** {@link cn.leavedesk.domain.Scope}: column 范围 / scope. */
    SCOPE
}
