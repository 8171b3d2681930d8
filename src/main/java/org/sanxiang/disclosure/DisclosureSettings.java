package org.sanxiang.disclosure;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sanxiang.disclosure.*}: the periods of withdrawal and correction (working days) and how
 * long a decision stays public (online retention, years, by category).
 */
@ConfigurationProperties("sanxiang.disclosure")
public record DisclosureSettings(int penaltyWithdrawalWorkingDays, int otherWithdrawalWorkingDays, int correctionWorkingDays,
                                 int retentionYears, Map<String, Integer> retentionYearsByCategory) {

    public DisclosureSettings {
        positive("penalty-withdrawal-working-days", penaltyWithdrawalWorkingDays);
        positive("other-withdrawal-working-days", otherWithdrawalWorkingDays);
        positive("correction-working-days", correctionWorkingDays);
        positive("retention-years", retentionYears);
        retentionYearsByCategory = retentionYearsByCategory == null ? Map.of() : Map.copyOf(retentionYearsByCategory);
        retentionYearsByCategory.forEach((category, years) -> positive("retention-years-by-category." + category, years));
    }

    int retentionYears(String category) {
        return retentionYearsByCategory.getOrDefault(category, retentionYears);
    }

    private static void positive(String name, Integer value) {
        if (value == null || value < 1) {
            throw new IllegalArgumentException("sanxiang.disclosure." + name + " must be at least 1, is " + value);
        }
    }
}
