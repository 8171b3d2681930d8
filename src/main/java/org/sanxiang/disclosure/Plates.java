package org.sanxiang.disclosure;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whose vehicle a plate is: only natural persons' plates are masked, an organisation's stay (like
 * its name). The owner is the nearest one named before the plate in its sentence: an organisation
 * (a name ending in 公司, 合作社, 厂…, or 该公司/该单位), a natural person (a name, 个人, 本人), or
 * 当事人, who is an organisation when the party line names one. Unknown owners count as persons.
 */
final class Plates {

    private static final Pattern ORGANISATION = Pattern.compile("(?:有限责任公司|股份有限公司|有限公司|分公司|公司|合作社|集团|"
        + "厂|商行|经营部|门市部|车队|运输队|该单位|本单位|该企业|该公司)(?:所属|所有|名下|的)?");
    private static final Pattern PERSON = Pattern.compile("个人|本人|自然人|其本人|其家庭|私家车");
    private static final Pattern PARTY_LINE = Pattern.compile("当事人[:：]?\\s*([^，。；,;\\n（(]{2,40})");
    private static final Pattern ORGANISATION_NAME = Pattern.compile(".*(?:公司|合作社|集团|厂|商行|经营部|门市部|中心|店|站)$");

    private Plates() {
    }

    /** whether the plate at [start, end) of the text belongs to an organisation */
    static boolean organisations(String text, int start, Collection<String> persons) {
        int sentence = Math.max(0, 1 + Math.max(Math.max(text.lastIndexOf('。', start), text.lastIndexOf('\n', start)),
            text.lastIndexOf('；', start)));
        String before = text.substring(sentence, start);
        int organisation = last(ORGANISATION, before);
        int person = last(PERSON, before);
        for (String name : persons) {
            if (name == null || name.isBlank()) {
                continue;
            }
            person = Math.max(person, before.lastIndexOf(name));
        }
        int party = before.lastIndexOf("当事人");
        if (party > organisation && party > person) {
            return partyIsOrganisation(text);
        }
        return organisation > person;
    }

    private static boolean partyIsOrganisation(String text) {
        Matcher party = PARTY_LINE.matcher(text);
        return party.find() && (ORGANISATION_NAME.matcher(party.group(1).strip()).matches()
            || text.substring(party.start(), Math.min(text.length(), party.end() + 40)).contains("信用代码"));
    }

    private static int last(Pattern pattern, String text) {
        int at = -1;
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            at = m.start();
        }
        return at;
    }
}
