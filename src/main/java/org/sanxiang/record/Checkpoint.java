package org.sanxiang.record;

/**
 * A signed checkpoint as stored and served.
 *
 * @param treeSize the number of entries in the log
 * @param rootHash the log's root hash, hex
 * @param issuedAt when it was signed, epoch milliseconds
 * @param note     the checkpoint in C2SP tlog-checkpoint text format (with its signature line)
 */
public record Checkpoint(long treeSize, String rootHash, long issuedAt, String note) {
}
