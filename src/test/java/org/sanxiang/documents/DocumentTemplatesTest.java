package org.sanxiang.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Each shipped template renders to a PDF whose text carries every value, with the shipped font embedded. */
class DocumentTemplatesTest {

    final PdfRenderer renderer = new PdfRenderer(new DocumentSettings("某市监", "", null, null));

    static Map<String, Object> values(DocumentKind kind) {
        Map<String, Object> values = new HashMap<>();
        values.put("title", kind.label());
        values.put("agencyName", "某市市场监督管理局");
        values.put("documentNumber", "某市监" + kind.abbreviation() + "〔2026〕7号");
        values.put("caseNumber", "ZF-2026-000001");
        values.put("caseTitle", "某公司销售不合格产品案");
        values.put("partyName", "某某贸易有限公司");
        values.put("partyType", "法人或其他组织");
        values.put("issuedOn", "2026年6月1日");
        values.put("handlers", "张承办、李承办");
        values.put("investigation", "经现场检查，当事人销售的产品经抽检不合格。");
        values.put("evidence", "现场检查笔录、抽样检验报告");
        values.put("legalBasis", "《产品质量法》第四十九条。");
        values.put("decision", "拟对当事人处以罚款。");
        values.put("action", "罚款");
        values.put("amount", "20000.00");
        values.put("hearing", true);
        values.put("servedDocument", "行政处罚决定书");
        values.put("servedNumber", "某市监罚〔2026〕1号");
        values.put("serviceMethod", "直接送达");
        values.put("servedOn", "2026年6月3日");
        return values;
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("\\s+", "");
        }
    }

    static boolean fontEmbedded(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (font.getName().contains("WenQuanYi") && font.isEmbedded()) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    @Test
    void theNoticeCarriesTheFactsTheBasisTheAmountAndTheRights() throws IOException {
        byte[] pdf = renderer.pdf("penalty-notice", values(DocumentKind.PENALTY_NOTICE));
        assertThat(text(pdf)).contains("某市市场监督管理局", "行政处罚事先告知书", "某市监罚告〔2026〕7号", "某某贸易有限公司",
            "经现场检查，当事人销售的产品经抽检不合格。", "《产品质量法》第四十九条。", "人民币20000.00元", "三日内", "陈述、申辩",
            "有权要求听证", "2026年6月1日");
        assertThat(fontEmbedded(pdf)).isTrue();
    }

    @Test
    void theNoticeOffersNoHearingWhereTheLawGivesNone() throws IOException {
        Map<String, Object> values = values(DocumentKind.PENALTY_NOTICE);
        values.put("hearing", false);
        assertThat(text(renderer.pdf("penalty-notice", values))).contains("陈述、申辩").doesNotContain("听证");
    }

    @Test
    void theDecisionCarriesTheRemediesAndTheirTimeLimits() throws IOException {
        byte[] pdf = renderer.pdf("penalty-decision", values(DocumentKind.PENALTY_DECISION));
        assertThat(text(pdf)).contains("行政处罚决定书", "某市监罚决〔2026〕7号", "某某贸易有限公司", "人民币20000.00元",
            "《产品质量法》第四十九条。", "六十日内", "行政复议", "六个月内", "行政诉讼", "十五日内");
        assertThat(fontEmbedded(pdf)).isTrue();
    }

    @Test
    void theReceiptNamesTheServedDecisionAndHowItWasServed() throws IOException {
        byte[] pdf = renderer.pdf("service-receipt", values(DocumentKind.SERVICE_RECEIPT));
        assertThat(text(pdf)).contains("送达回证", "某市监送〔2026〕7号", "行政处罚决定书（某市监罚〔2026〕1号）", "某某贸易有限公司",
            "直接送达", "2026年6月3日", "张承办、李承办", "受送达人签名或盖章");
        assertThat(fontEmbedded(pdf)).isTrue();
    }

    @Test
    void namesWithCharactersOutsideGb2312PrintWithTheirGlyphs() throws IOException {
        Map<String, Object> values = values(DocumentKind.PENALTY_DECISION);
        values.put("partyName", "王喆");
        values.put("handlers", "张堃、李珺");
        byte[] pdf = renderer.pdf("penalty-decision", values);
        assertThat(text(pdf)).contains("王喆");
        assertThat(glyphsPresent(pdf, "喆")).isTrue();
        assertThat(glyphsPresent(renderer.pdf("service-receipt", values), "堃珺")).isTrue();
    }

    /** every character is drawn with a real glyph of an embedded WenQuanYi font (not .notdef, which prints blank) */
    static boolean glyphsPresent(byte[] pdf, String characters) throws IOException {
        var drawn = new java.util.HashSet<Integer>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    if (page.getResources().getFont(name) instanceof org.apache.pdfbox.pdmodel.font.PDType0Font font
                        && font.getName().contains("WenQuanYi") && font.isEmbedded()) {
                        for (int code = 1; code < 0x10000; code++) {
                            String unicode = font.toUnicode(code);
                            if (unicode != null && unicode.length() == 1 && font.hasGlyph(code)) {
                                drawn.add((int) unicode.charAt(0));
                            }
                        }
                    }
                }
            }
        }
        return characters.chars().allMatch(drawn::contains);
    }

    @Test
    void valuesAreEscapedNotMarkup() throws IOException {
        Map<String, Object> values = values(DocumentKind.PENALTY_NOTICE);
        values.put("partyName", "<b>某某</b> & 公司");
        assertThat(text(renderer.pdf("penalty-notice", values))).contains("<b>某某</b>&公司");
    }

    @Test
    void amountsShowTwoDecimalsAndNoneForPenaltiesWithoutAmount() {
        assertThat(DocumentValues.amount(new BigDecimal("20000"))).isEqualTo("20000.00");
        assertThat(DocumentValues.amount(BigDecimal.ZERO)).isNull();
    }
}
