package org.sanxiang.disclosure;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Finds natural persons' names in a decision's text: HanLP's person-name recognition (portable
 * edition, its models ship in the jar), names written with a middle dot (transliterated names), and
 * names after the words that introduce a person (当事人、证人、法定代表人…).
 */
final class NameFinder {

    private static final Segment SEGMENT = HanLP.newSegment().enableNameRecognize(true)
        .enableTranslatedNameRecognize(true).enableJapaneseNameRecognize(false).enableOrganizationRecognize(false);

    private static final String ROLES = "当事人|法定代表人|负责人|经营者|委托代理人|代理人|证人|执法人员|举报人|投诉人|户主|驾驶人|"
        + "驾驶员|股东|员工|店主|承租人|出租人|监护人|受害人|消费者|实际控制人|联系人|工作人员|雇员|售货员|厨师|司机|行为人|收款人|"
        + "开户人|户名|姓名|业主|经办人|陪同人|见证人|被检查人|被询问人|翻译人员|其妻|其夫|妻子|丈夫|其父|其母|之子|之女|配偶|亲属|"
        + "邻居|同事|购买者|患者|学员|承包人|发包人|租户|房东|法人|本人";
    private static final Pattern ROLE_NAME = Pattern.compile("(?:" + ROLES + ")(?:[:：]|为|系)?\\s*([\\u4e00-\\u9fa5]{2,4})");
    private static final Pattern DOTTED_PREFIX = Pattern.compile(".*(?:" + ROLES + "|[的和与及、])");
    private static final Pattern DOTTED = Pattern.compile("[\\u4e00-\\u9fa5]{1,8}(?:·[\\u4e00-\\u9fa5]{1,8})+");
    /** characters that do not end a given name: where a name after a role word stops */
    private static final String STOP = "于在的称证等及和与系是为已对将因未均到向从经说陈承所签现自同表不也又都就并把被给让使拒曾先后"
        + "个一共名以之其处驾持无有去来出入某男女性年月日岁核确签字认到场作供述反映交提了再该";
    private static final Pattern ORG_AFTER = Pattern.compile("^[\\u4e00-\\u9fa5]{0,10}(?:公司|商行|店|厂|超市|中心|合作社|门市部|经营部|工作室|"
        + "酒店|饭店|餐馆|药房|诊所|医院|学校|幼儿园|农场|养殖场|加工坊|作坊)");

    private static final String BEFORE_NAME = "人员者主东工司师子女妻夫父母友居客户属理长的与和及由经向对将被让请据同";
    private static final String AFTER_NAME = "于在称证对系是为已未的与和及等向将因曾不也到经驾销签所承陈说表均现自并把被同";
    /** a "name" followed by one of these is a place (岳阳市, 衡阳县, 韶山路) */
    private static final String PLACE_SUFFIX = "市县区省镇乡村路街道巷湖江河山州";

    private NameFinder() {
    }

    static Set<String> find(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher dotted = DOTTED.matcher(text);
        while (dotted.find()) {
            names.add(trimDotted(dotted.group()));
        }
        Matcher role = ROLE_NAME.matcher(text);
        while (role.find()) {
            String name = nameAtStart(role.group(1));
            if (name != null && !placeOrOrganisation(text, name)) {
                names.add(name);
            }
        }
        int offset = 0;
        for (Term term : SEGMENT.seg(text)) {
            String nature = String.valueOf(term.nature);
            String word = term.word;
            if ((nature.equals("nr") || nature.equals("nrf")) && plausible(word) && !placeOrOrganisation(text, word)
                && personContext(text, word)) {
                names.add(word);
            }
            offset += word.length();
        }
        names.removeIf(name -> names.stream().anyMatch(other -> other.length() > name.length() && other.contains(name)
            && other.contains("·")));
        return names;
    }

    /** a name of 2 or 3 characters (4 with a compound surname) at the start, stopping at a word that follows names */
    static String nameAtStart(String candidate) {
        String surname = Surnames.of(candidate);
        if (surname.isEmpty()) {
            return null;
        }
        int end = surname.length();
        int max = Math.min(candidate.length(), surname.length() + 2);
        while (end < max && STOP.indexOf(candidate.charAt(end)) < 0) {
            end++;
        }
        return end > surname.length() ? candidate.substring(0, end) : null;
    }

    /** a dotted name ends before the first word that follows names (阿卜杜拉·买买提到场 → 阿卜杜拉·买买提) */
    private static String trimDotted(String found) {
        int firstDot = found.indexOf('·');
        Matcher prefix = DOTTED_PREFIX.matcher(found.substring(0, firstDot));
        String match = prefix.lookingAt() && prefix.end() < firstDot ? found.substring(prefix.end()) : found;
        int dot = match.lastIndexOf('·');
        int end = dot + 1;
        while (end < match.length() && (end == dot + 1 || STOP.indexOf(match.charAt(end)) < 0)) {
            end++;
        }
        return match.substring(0, end);
    }

    private static boolean plausible(String word) {
        if (word.contains("某") || word.length() < 2) {
            return false;
        }
        if (word.contains("·")) {
            return true;
        }
        String surname = Surnames.of(word);
        return !surname.isEmpty() && word.length() - surname.length() >= 1 && word.length() - surname.length() <= 2
            && word.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /**
     * HanLP's guess is taken where the text reads like a person there: at least once the name stands
     * after a boundary (start, punctuation, a role word's last character or a preposition) and before
     * a boundary or a verb that follows people; 食品安全法 or 费用 do not.
     */
    private static boolean personContext(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            char before = at == 0 ? ' ' : text.charAt(at - 1);
            int end = at + name.length();
            char after = end >= text.length() ? ' ' : text.charAt(end);
            boolean boundaryBefore = !isHan(before) || BEFORE_NAME.indexOf(before) >= 0;
            boolean boundaryAfter = !isHan(after) || AFTER_NAME.indexOf(after) >= 0;
            if (boundaryBefore && boundaryAfter) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** a candidate that somewhere in the text begins a place or an organisation's name is not a person's name */
    private static boolean placeOrOrganisation(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            if (partOfOrganisation(text, at + name.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean partOfOrganisation(String text, int end) {
        if (end < text.length() && PLACE_SUFFIX.indexOf(text.charAt(end)) >= 0) {
            return true;
        }
        return ORG_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 14))).find();
    }
}
