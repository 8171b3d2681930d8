package org.sanxiang.disclosure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Redaction before anything is public (docs/domain.md, Disclosure; after the courts' and market
 * regulation's models): natural persons' names become surname + 某某 wherever they appear; resident
 * ID numbers, phone numbers, e-mail addresses, natural persons' home addresses, bank card and
 * account numbers, property certificate numbers and natural persons' vehicle plates are masked.
 * Organisations keep their names, their 统一社会信用代码 and their vehicles' plates ({@link Plates}).
 */
final class Redactor {

    static final String MASK = "＊＊＊＊";

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern CREDIT_CODE = Pattern.compile("(?<![0-9A-Za-z])[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Za-z])");
    private static final Pattern ID_18 = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[\\dXx](?![0-9A-Za-z])");
    private static final Pattern ID_15 = Pattern.compile("(?<![0-9A-Za-z])\\d{15}(?![0-9A-Za-z])");
    private static final Pattern LONG_NUMBER = Pattern.compile("(?<![0-9A-Za-z])\\d{4}(?:[ -]?\\d{2,4}){2,6}(?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(?:\\+?86[- ]?)?1[3-9]\\d[ -]?\\d{4}[ -]?\\d{4}(?!\\d)");
    private static final Pattern LANDLINE = Pattern.compile("(?<!\\d)(?:[(（]0\\d{2,3}[)）]\\s?|0\\d{2,3}[- ]?)\\d{7,8}(?:(?:-|转)\\d{1,5})?(?!\\d)");
    private static final Pattern LABELLED_PHONE = Pattern.compile("(?:电话|手机|联系方式|座机|固话)(?:号码)?[:：为]?\\s*(\\d{7,8})(?!\\d)");
    private static final Pattern PLATE = Pattern.compile("[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][·•]?[A-HJ-NP-Z0-9]{5,6}(?![A-Za-z0-9])");
    private static final Pattern PROPERTY = Pattern.compile("(?:[\\u4e00-\\u9fa5]?[（(]\\d{4}[）)])?[\\u4e00-\\u9fa5]{0,10}?(?:不动产权第|房权证[\\u4e00-\\u9fa5]{0,6}字第|土地证[\\u4e00-\\u9fa5]{0,6}字第)\\s*[0-9A-Za-z-]+\\s*号");
    private static final Pattern PROPERTY_LABELLED = Pattern.compile("(?:不动产权证书?|房屋所有权证|房产证|国有土地使用证|土地使用权证|不动产登记证明)(?:号码|编号|号)?[:：为]\\s*([^，。；,;\\s]{4,40})");
    private static final Pattern HOME = Pattern.compile("(?:家庭住址|现住址|户籍地址|户籍所在地|居住地址|经常居住地|住址|家住|暂住|现住)(?:[:：为在于])?\\s*([^，。；,;\\n）)]{4,60})");
    private static final Pattern SEAT = Pattern.compile("(?:住所地|住所)[:：为]?\\s*([^，。；,;\\n）)]{4,60})");
    private static final Pattern PERSON_CONTEXT = Pattern.compile("性别|出生|身份证|公民身份号码|民族");

    private Redactor() {
    }

    /**
     * @param knownPersons names of natural persons the case's structured fields hold (e.g. the party)
     */
    static Redaction redact(String text, Collection<String> knownPersons) {
        List<Span> spans = new ArrayList<>();
        List<int[]> kept = new ArrayList<>();
        Matcher code = CREDIT_CODE.matcher(text);
        while (code.find()) {
            String before = text.substring(Math.max(0, code.start() - 16), code.start());
            if (CheckDigits.creditCodeValid(code.group()) && (!CheckDigits.idNumberValid(code.group()) || before.contains("信用代码"))) {
                kept.add(new int[] {code.start(), code.end()});
            }
        }
        add(spans, kept, text, EMAIL, 0, MaskKind.EMAIL);
        add(spans, kept, text, ID_18, 0, MaskKind.ID_NUMBER);
        add(spans, kept, text, ID_15, 0, MaskKind.ID_NUMBER);
        add(spans, kept, text, MOBILE, 0, MaskKind.PHONE);
        add(spans, kept, text, LANDLINE, 0, MaskKind.PHONE);
        add(spans, kept, text, LABELLED_PHONE, 1, MaskKind.PHONE);
        add(spans, kept, text, LONG_NUMBER, 0, MaskKind.BANK_ACCOUNT);
        add(spans, kept, text, PROPERTY, 0, MaskKind.PROPERTY_CERTIFICATE);
        add(spans, kept, text, PROPERTY_LABELLED, 1, MaskKind.PROPERTY_CERTIFICATE);
        Matcher plate = PLATE.matcher(text);
        while (plate.find()) {
            if (Plates.organisations(text, plate.start(), knownPersons)) {
                kept.add(new int[] {plate.start(), plate.end()});
            }
        }
        add(spans, kept, text, PLATE, 0, MaskKind.PLATE);
        add(spans, kept, text, HOME, 1, MaskKind.ADDRESS);
        Matcher seat = SEAT.matcher(text);
        while (seat.find()) {
            String before = text.substring(Math.max(0, seat.start() - 60), seat.start());
            int line = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('。'));
            String clause = before.substring(line + 1);
            if (PERSON_CONTEXT.matcher(clause).find() && !clause.contains("信用代码")) {
                spans.add(new Span(seat.start(1), seat.end(1), MaskKind.ADDRESS, seat.group(1), MASK));
            }
        }
        Set<String> names = new LinkedHashSet<>();
        knownPersons.stream().filter(n -> n != null && n.strip().length() >= 2).map(String::strip).forEach(names::add);
        names.addAll(NameFinder.find(text));
        for (String name : names) {
            masking(spans, text, name, MaskKind.NAME, Surnames.masked(name));
        }
        return Redaction.of(text, spans);
    }

    /** the checker masks more (every occurrence of each phrase) or unmasks spans (each phrase's) */
    static Redaction adjust(Redaction redaction, Collection<String> maskMore, Collection<String> unmask) {
        List<Span> spans = new ArrayList<>(redaction.spans());
        spans.removeIf(span -> unmask.stream().anyMatch(phrase -> phrase.equals(span.text())));
        for (String phrase : maskMore) {
            masking(spans, redaction.original(), phrase, MaskKind.MANUAL, MASK);
        }
        return Redaction.of(redaction.original(), spans);
    }

    private static void masking(List<Span> spans, String text, String phrase, MaskKind kind, String replacement) {
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length())) {
            spans.add(new Span(at, at + phrase.length(), kind, phrase, replacement));
        }
    }

    private static void add(List<Span> spans, List<int[]> kept, String text, Pattern pattern, int group, MaskKind kind) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int start = m.start(group);
            int end = m.end(group);
            boolean protectedCode = kept.stream().anyMatch(k -> start < k[1] && k[0] < end);
            boolean taken = spans.stream().anyMatch(s -> start < s.end() && s.start() < end);
            if (!protectedCode && !taken) {
                spans.add(new Span(start, end, kind, m.group(group), MASK));
            }
        }
    }
}
