package org.sanxiang.casefile;

/**
 * One file of a case file as stored.
 *
 * @param id            its number
 * @param caseNumber    the case
 * @param type          文书, 证据, 音像记录 or 其他
 * @param name          the file name as uploaded
 * @param contentType   its media type
 * @param size          bytes
 * @param contentHash   the content's hash, hex (its address in the store)
 * @param hashAlgorithm SM3 or SHA-256
 * @param activity      the activity it belongs to (e.g. 现场检查, 查封扣押)
 * @param activityAt    when that activity happened, epoch milliseconds
 * @param uploadedBy    who added it
 * @param uploadedAt    when, epoch milliseconds
 * @param supersedes    the file it corrects, or null
 * @param late          a recording stored more than 24 hours after its activity
 */
public record CaseFileEntry(long id, String caseNumber, FileType type, String name, String contentType, long size, String contentHash,
                            String hashAlgorithm, String activity, long activityAt, String uploadedBy, long uploadedAt, Long supersedes,
                            boolean late) {
}
