package org.sanxiang.portal;

import java.time.LocalDate;

/**
 * One enforcement officer as the public sees him or her (持证上岗): the name and the enforcement
 * certificate (number, valid until, whether valid today). Nothing else about the person.
 */
public record StaffEntry(String name, String certificateNumber, LocalDate validUntil, boolean valid) {
}
