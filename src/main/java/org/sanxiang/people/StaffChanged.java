package org.sanxiang.people;

/**
 * A member of staff's credentials changed (an enforcement certificate registered, renewed or withdrawn): who
 * may handle a case (持证上岗) may have changed. Published after {@link Credentials#put}.
 */
public record StaffChanged(String userId) {
}
