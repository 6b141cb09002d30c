package cn.leavedesk.service;

/** One article of the active rulebook as the table shows it, every cell already worded. */
public record RuleRow(String article, String summary, String appliesTo, String steps, String advance) {
}
