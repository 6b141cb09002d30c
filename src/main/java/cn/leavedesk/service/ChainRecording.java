package cn.leavedesk.service;

/**
 * Whether an import also stores the approval chain the rulebook requires for each absence it brings in. Skipping
 * it saves little (the chain needs no history, see {@link ImportService}); it is there for loading archives whose
 * chains were handled on paper long ago.
 */
public enum ChainRecording { RECORD, SKIP }
