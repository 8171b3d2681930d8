package org.sanxiang.disclosure;

/** Where a decision's public information stands. */
public enum DisclosureStatus {
    /** redacted, waiting for the discloser's check */
    CHECKING,
    /** public */
    PUBLISHED,
    /** not published, with the reason (minor, secrets, privacy, simple-procedure warning) */
    NOT_PUBLISHED,
    /** taken off public view after 复议/诉讼: only a tombstone remains public */
    WITHDRAWN,
    /** the online retention period ended: no longer public at all */
    EXPIRED
}
