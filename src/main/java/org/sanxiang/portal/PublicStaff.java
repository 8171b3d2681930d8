package org.sanxiang.portal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.sanxiang.people.Credentials;
import org.sanxiang.people.Directory;
import org.sanxiang.people.Groups;
import org.springframework.stereotype.Component;

/** The enforcement staff (group {@code handler}) who hold an enforcement certificate, for 事前公开. */
@Component
class PublicStaff {

    private final Directory directory;
    private final Credentials credentials;

    PublicStaff(Directory directory, Credentials credentials) {
        this.directory = directory;
        this.credentials = credentials;
    }

    List<StaffEntry> list() {
        LocalDate today = Credentials.today();
        return directory.membersOf(Groups.HANDLER).stream()
            .flatMap(userId -> credentials.of(userId).filter(c -> c.getCertificateNumber() != null).stream()
                .map(c -> new StaffEntry(directory.displayName(userId), c.getCertificateNumber(), c.getCertificateExpiry(),
                    c.certificateValidOn(today))))
            .sorted(Comparator.comparing(StaffEntry::name).thenComparing(StaffEntry::certificateNumber))
            .toList();
    }
}
