package org.sanxiang.people;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The number of reviewers against the enforcement staff (法制审核人员原则上不少于本单位执法人员总数的5%).
 * Enforcement staff are the members of the handler group; the installation is one agency.
 */
@Component
public class ReviewerRatio {

    public static final BigDecimal TARGET = new BigDecimal("0.05");

    private final Directory directory;
    private final Credentials credentials;

    public ReviewerRatio(Directory directory, Credentials credentials) {
        this.directory = directory;
        this.credentials = credentials;
    }

    /**
     * @param ratio          reviewers / enforcement staff (null without staff)
     * @param qualifiedRatio legally qualified reviewers / enforcement staff, what the target is measured on
     */
    public record Report(int enforcementStaff, int certifiedEnforcementStaff, int reviewers, int qualifiedReviewers,
                         BigDecimal ratio, BigDecimal qualifiedRatio, BigDecimal target, boolean meetsTarget, String summary) {
    }

    public Report report() {
        List<String> staff = directory.membersOf(Groups.HANDLER);
        List<String> reviewers = directory.membersOf(Groups.REVIEWER);
        int certified = (int) staff.stream().filter(id -> credentials.certificateProblem(id).isEmpty()).count();
        int qualified = (int) reviewers.stream().filter(credentials::hasLegalQualification).count();
        BigDecimal ratio = divide(reviewers.size(), staff.size());
        BigDecimal qualifiedRatio = divide(qualified, staff.size());
        boolean meets = qualifiedRatio != null && qualifiedRatio.compareTo(TARGET) >= 0;
        String summary = staff.isEmpty() ? "尚无执法人员。"
            : "执法人员 " + staff.size() + " 名（持有效执法证 " + certified + " 名），法制审核人员 " + reviewers.size()
                + " 名（具有法律职业资格 " + qualified + " 名），占执法人员的 " + percent(qualifiedRatio)
                + (meets ? "，达到" : "，未达到") + "不少于5%的要求。";
        return new Report(staff.size(), certified, reviewers.size(), qualified, ratio, qualifiedRatio, TARGET, meets, summary);
    }

    private static BigDecimal divide(int numerator, int denominator) {
        return denominator == 0 ? null : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
    }

    private static String percent(BigDecimal ratio) {
        return ratio.movePointRight(2).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }
}
