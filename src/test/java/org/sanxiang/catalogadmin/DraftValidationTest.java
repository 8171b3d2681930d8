package org.sanxiang.catalogadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Every check of a draft, each with a broken draft, and the message a catalog administrator reads. */
class DraftValidationTest {

    final DraftValidator validator = new DraftValidator();
    final String shipped = Drafts.shipped();

    @Test
    void theShippedCatalogAndARaisedThresholdAreValid() {
        assertThat(validator.problems(shipped)).isEmpty();
        assertThat(validator.problems(Drafts.countyFineThreshold(shipped, 8000))).isEmpty();
    }

    @Test
    void aFileThatIsNotDmnIsRefusedAsUnparseable() {
        assertThat(validator.problems("<html>不是决策表</html>")).containsExactly(
            "文件不是有效的 DMN 决策表，无法解析：请用 Camunda Modeler 打开并另存后重新上传。");
    }

    @Test
    void aRenamedDecisionIsRefused() {
        List<String> problems = validator.problems(shipped.replace("id=\"major-catalog-items\"", "id=\"my-catalog\"")
            .replace("href=\"#major-catalog-items\"", "href=\"#my-catalog\""));
        assertThat(problems).containsExactly("缺少决策“重大执法决定法制审核目录清单”（决策 ID 必须保持为 major-catalog-items）：请不要删除或改动决策的 ID。");
    }

    @Test
    void aChangedInputColumnIsRefusedByItsLabel() {
        List<String> problems = validator.problems(shipped.replace("<text>amount</text>", "<text>fineAmount</text>"));
        assertThat(problems).contains("决策“重大执法决定法制审核目录清单”缺少输入列“金额（元）”（输入表达式应为 amount）：请不要删除或改动输入列。");
    }

    @Test
    void aRenamedOutputIsRefused() {
        List<String> problems = validator.problems(shipped.replace("name=\"basis\"", "name=\"reason\""));
        assertThat(problems).containsExactly("决策“重大执法决定判定”缺少输出“审核依据”（输出名称应为 basis）：请不要删除或改名。");
    }

    @Test
    void aChangedHitPolicyIsRefused() {
        List<String> problems = validator.problems(shipped.replace("hitPolicy=\"COLLECT\"", "hitPolicy=\"FIRST\""));
        assertThat(problems).containsExactly("决策“重大执法决定法制审核目录清单”的命中策略必须保持为 COLLECT，现在是 FIRST。");
    }

    @Test
    void aScriptIsRefused() {
        String script = Drafts.replaceInRule(shipped, "catalog-row-4", "<inputEntry id=\"catalog-row-4-category\">",
            "<inputEntry id=\"catalog-row-4-category\" expressionLanguage=\"javascript\">");
        assertThat(validator.problems(script)).containsExactly("使用了表达式语言“javascript”：目录只能使用 FEEL 表达式，不能使用脚本或 JUEL。");
    }

    @Test
    void theCatchAllRowMustBeLast() {
        assertThat(validator.problems(Drafts.catchAllFirst(shipped))).containsExactly(
            "兜底行（全部条件为空、输出“无”）现在是第1行，必须是最后一行（第21行）：请把它移到最后。");
    }

    @Test
    void theCatchAllRowMustStay() {
        assertThat(validator.problems(Drafts.removeRule(shipped, "catalog-no-item"))).containsExactly(
            "缺少兜底行（全部条件为空、输出“无”）：请把它保留为目录清单的最后一行，不要删除。");
    }

    @Test
    void everyCategoryMustReachARow() {
        String draft = shipped;
        for (String row : List.of("catalog-row-12-public-interest", "catalog-row-12-social-risk", "catalog-row-12-complex-case",
            "catalog-row-12-suspected-crime")) {
            draft = Drafts.replaceInRule(draft, row, "-category\">\n          <text></text>", "-category\">\n          <text>\"PENALTY\"</text>");
        }
        assertThat(validator.problems(draft)).containsExactly(
            "执法类别“行政检查”没有任何目录条目行适用：每个执法类别至少要有一行（可以是类别为空的第12项各行）。");
    }

    @Test
    void anAmountThatIsNotANumberIsRefusedNamingTheRow() {
        String draft = Drafts.replaceInRule(shipped, "catalog-row-1-county", "&gt;= 5000", "&gt;= 5,000元");
        assertThat(validator.problems(draft)).containsExactly(
            "第1行（第1项：对自然人处以5000元以上罚款（县级、乡镇））的金额条件“>= 5,000元”不是数字门槛：请写成如 >= 5000 的形式（只写数字，不写“元”或千位分隔符）。");
    }

    @Test
    void aCellThatIsNotFeelIsRefusedNamingTheRowAndColumn() {
        String draft = Drafts.replaceInRule(shipped, "catalog-row-8", "<text>\"DEMOLITION\"</text>", "<text>\"DEMOLITION</text>");
        assertThat(validator.problems(draft)).containsExactly(
            "第13行（第8项：强制拆除）“执法行为”列的条件“\"DEMOLITION”不是有效的 FEEL 条件：请检查引号、逗号和比较符号（如 \"COUNTY\",\"TOWNSHIP\" 或 >= 5000）。");
    }

    @Test
    void aTierMustKeepItsThreshold() {
        String draft = Drafts.replaceInRule(shipped, "catalog-row-1-county", "\"COUNTY\",\"TOWNSHIP\"", "\"COUNTY\"");
        assertThat(validator.problems(draft)).containsExactly(
            "“行政处罚·罚款·自然人·乡镇(街道)”没有金额门槛行：默认目录在该层级设有门槛（≥ 5,000 元），草案不能删去，只能修改数额：请为该层级保留一行金额门槛。");
    }

    @Test
    void twoRowsWithDifferentThresholdsForTheSameSituationContradict() {
        String draft = Drafts.copyRule(shipped, "catalog-row-1-county", "-bis", "&gt;= 5000", "&gt;= 8000");
        assertThat(validator.problems(draft)).containsExactly(
            "第1行（第1项：对自然人处以5000元以上罚款（县级、乡镇））与第21行（第1项：对自然人处以5000元以上罚款（县级、乡镇））对同一情形规定了不同的金额门槛（“>= 5000”与“>= 8000”），"
                + "相互矛盾：请删除或合并其中一行，或让两行的当事人类型、执法层级不再重叠。");
    }

    @Test
    void twoIdenticalRowsNamingDifferentItemsContradict() {
        String draft = Drafts.copyRule(shipped, "catalog-row-8", "-bis", "\"第8项：强制拆除\"", "\"第13项：强制拆除建筑物\"");
        assertThat(validator.problems(draft)).containsExactly(
            "第13行（第8项：强制拆除）与第21行（第13项：强制拆除建筑物）条件完全相同，却列为不同的目录条目，相互矛盾：请删除或合并其中一行。");
    }
}
