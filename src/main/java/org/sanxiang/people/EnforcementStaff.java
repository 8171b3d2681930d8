package org.sanxiang.people;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The enforcement staff who may handle a case today: the members of the handler group ({@link Groups#HANDLER})
 * holding a valid enforcement certificate (持证上岗, {@link Credentials#certificateProblem}), named as people read
 * them (姓名, surname first), in the order of a Chinese name list.
 */
@Component
public class EnforcementStaff {

    /** a member of the enforcement staff: the user id, the name (张三) and the certificate number (执法证号) */
    public record Member(String userId, String name, String certificateNumber) {
    }

    private static final Comparator<Member> BY_NAME = Comparator
        .comparing(Member::name, Collator.getInstance(Locale.CHINA)).thenComparing(Member::userId);

    private final Directory directory;
    private final Credentials credentials;

    public EnforcementStaff(Directory directory, Credentials credentials) {
        this.directory = directory;
        this.credentials = credentials;
    }

    public List<Member> certified() {
        return directory.membersOf(Groups.HANDLER).stream()
            .filter(userId -> credentials.certificateProblem(userId).isEmpty())
            .map(this::member)
            .flatMap(Optional::stream)
            .sorted(BY_NAME)
            .toList();
    }

    private Optional<Member> member(String userId) {
        return credentials.of(userId)
            .map(credential -> new Member(userId, directory.displayName(userId), credential.getCertificateNumber()));
    }
}
