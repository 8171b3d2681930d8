package org.sanxiang.record;

/**
 * The verification of one case's record.
 *
 * @param caseNumber      the case
 * @param valid           every entry is there, in order, unchanged and in the signed log
 * @param result          有效 or 无效
 * @param entries         how many entries the case has
 * @param checkpointSize  the tree size of the signed checkpoint the entries were checked against (0: none yet)
 * @param notYetInCheckpoint entries newer than that checkpoint: checked on the chain only
 * @param problem         the first entry that breaks, null when valid
 */
public record RecordVerification(String caseNumber, boolean valid, String result, int entries, long checkpointSize,
                                 int notYetInCheckpoint, Problem problem) {

    /** how the record breaks */
    public enum Breach { ALTERED, MISSING, OUT_OF_ORDER, CHECKPOINT_FORGED }

    /**
     * @param seq     the entry's number in the case's record (as it should be)
     * @param entryId the row's id, when there is a row
     * @param breach  altered, missing, out of order, or the checkpoint itself not the agency's
     * @param message what exactly, in Chinese
     */
    public record Problem(int seq, Long entryId, Breach breach, String message) {
    }
}
