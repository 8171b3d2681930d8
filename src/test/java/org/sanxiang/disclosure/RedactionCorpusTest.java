package org.sanxiang.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The redaction corpus ({@code src/test/resources/disclosure/redaction-corpus.json}): texts in the
 * style of 行政处罚决定书, each with the spans that must be masked (names in many positions and forms,
 * every kind of number, home addresses, plates, property certificates) and the spans that must
 * stay (the agency, the legal basis, amounts, dates, organisations and their credit codes). Prints
 * the figures and asserts them.
 */
class RedactionCorpusTest {

    record Sample(String text, List<String> persons, List<String> mask, List<String> keep) {
    }

    @Test
    void theCorpusIsRedactedCompletelyAndKeepsWhatMustStay() throws Exception {
        List<Sample> corpus;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("disclosure/redaction-corpus.json")) {
            corpus = new ObjectMapper().readValue(in, new TypeReference<List<Sample>>() { });
        }
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(60);
        int mustMask = 0;
        int masked = 0;
        int mustKeep = 0;
        int kept = 0;
        List<String> leaks = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            Sample sample = corpus.get(i);
            String published = Redactor.redact(sample.text(), sample.persons()).text();
            for (String span : sample.mask()) {
                mustMask++;
                if (published.contains(span)) {
                    leaks.add("#" + i + " " + span);
                } else {
                    masked++;
                }
            }
            for (String span : sample.keep()) {
                mustKeep++;
                if (published.contains(span)) {
                    kept++;
                } else {
                    lost.add("#" + i + " " + span + " in: " + published.replace("\n", " / "));
                }
            }
        }
        System.out.printf("Redaction corpus: %d texts; must-mask spans masked %d / %d; must-stay spans kept %d / %d%n",
            corpus.size(), masked, mustMask, kept, mustKeep);
        leaks.forEach(leak -> System.out.println("  not masked: " + leak));
        lost.forEach(loss -> System.out.println("  not kept: " + loss));
        assertThat(leaks).as("spans that had to be masked").isEmpty();
        assertThat(lost).as("spans that had to stay").isEmpty();
    }

    @Test
    void namesBecomeSurnameAndMouMouWithCompoundSurnamesAndMiddleDots() {
        assertThat(Surnames.masked("张三")).isEqualTo("张某某");
        assertThat(Surnames.masked("欧阳娜娜")).isEqualTo("欧阳某某");
        assertThat(Surnames.masked("阿卜杜拉·买买提")).isEqualTo("阿卜杜拉·某某");
        Redaction redaction = Redactor.redact("当事人张三的朋友李建国证实，张三曾多次销售。", List.of("张三"));
        assertThat(redaction.text()).isEqualTo("当事人张某某的朋友李某某证实，张某某曾多次销售。");
    }

    @Test
    void anIdNumberIsMaskedAndACreditCodeKept() {
        String text = "统一社会信用代码：91430102MA4L7XYZ3K，负责人身份证号430102198501011235。";
        Redaction redaction = Redactor.redact(text, List.of());
        assertThat(redaction.text()).doesNotContain("430102198501011235");
        assertThat(CheckDigits.idNumberValid("11010519491231002X")).isTrue();
        assertThat(CheckDigits.creditCodeValid("91350100M000100Y43")).isTrue();
        assertThat(Redactor.redact("代码91350100M000100Y43。", List.of()).text()).contains("91350100M000100Y43");
    }

    @Test
    void theCheckerMasksMoreAndUnmasksWithTheHashesOfBoth() {
        Redaction auto = Redactor.redact("当事人王小明在芙蓉路夜市摆摊，联系电话13912345678。", List.of("王小明"));
        Redaction adjusted = Redactor.adjust(auto, List.of("芙蓉路夜市"), List.of("13912345678"));
        assertThat(adjusted.text()).contains("王某某").contains("13912345678").doesNotContain("芙蓉路夜市");
        assertThat(Hashes.sha256(adjusted.text())).hasSize(64).isNotEqualTo(Hashes.sha256(auto.text()));
        assertThat(adjusted.marked()).contains("【芙蓉路夜市→").contains("【王小明→王某某】");
    }

    @Test
    void anOrganisationsPlateStaysAndANaturalPersonsIsMasked() {
        String company = "当事人：长沙顺达物流有限公司，统一社会信用代码：91430102MA4L7XYZ3K。\n经查，当事人所属湘A8K2M5货车超限运输。";
        assertThat(Redactor.redact(company, List.of()).text()).contains("湘A8K2M5");
        String person = "当事人：李国强。\n经查，当事人驾驶湘C5R8T2轿车，为株洲鑫源运输有限公司的湘C7H2K6货车引路。";
        assertThat(Redactor.redact(person, List.of("李国强")).text()).doesNotContain("湘C5R8T2").contains("湘C7H2K6");
        assertThat(Redactor.redact("车牌号为湘F9B7D3的三轮车占道经营。", List.of()).text()).doesNotContain("湘F9B7D3");
    }
}
