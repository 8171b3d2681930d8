package org.sanxiang.catalogadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The catalog as a person reads it, generated from the DMN, and the item-by-item difference of two versions. */
class CatalogItemsTest {

    final String shipped = Drafts.shipped();

    @Test
    void everyRowButTheCatchAllIsAnItemWithItsConditionInChinese() {
        List<CatalogItem> items = CatalogItems.of(CatalogTable.parse(shipped));
        assertThat(items).hasSize(20);
        CatalogItem first = items.get(0);
        assertThat(first).isEqualTo(new CatalogItem(1, "catalog-row-1-county", "第1项", "行政处罚", "罚款", "自然人",
            "罚款数额 ≥ 5,000 元（县级、乡镇）", "第1项：对自然人处以5000元以上罚款（县级、乡镇）"));
        assertThat(items).extracting(CatalogItem::condition).contains("罚款数额 ≥ 100,000 元（市级、省级）",
            "没收违法所得、非法财物价值 ≥ 50,000 元（县级、乡镇）", "查封、扣押财物价值 ≥ 50,000 元", "一律", "经过听证程序",
            "超出裁量基准减轻或从重", "涉及重大公共利益");
        assertThat(items.get(8)).extracting(CatalogItem::actions, CatalogItem::party)
            .containsExactly("降低资质等级、吊销许可证件/执照", "不限");
        assertThat(items).extracting(CatalogItem::basis).doesNotContain("无");
    }

    @Test
    void theDiffNamesExactlyTheRowsThatChanged() {
        String raised = Drafts.countyFineThreshold(shipped, 8000);
        String draft = Drafts.removeRule(Drafts.copyRule(raised, "catalog-row-8", "-bis", "\"第8项：强制拆除\"", "\"第13项：强制拆除建筑物\""),
            "catalog-row-11");
        List<ItemChange> changes = ItemChange.between(CatalogItems.of(CatalogTable.parse(shipped)), CatalogItems.of(CatalogTable.parse(draft)));
        assertThat(changes).extracting(ItemChange::change, ItemChange::ruleId).containsExactly(
            org.assertj.core.groups.Tuple.tuple("修改", "catalog-row-1-county"),
            org.assertj.core.groups.Tuple.tuple("新增", "catalog-row-8-bis"),
            org.assertj.core.groups.Tuple.tuple("删除", "catalog-row-11"));
        assertThat(changes.get(0).fields()).containsExactly("条件");
        assertThat(changes.get(0).after().condition()).isEqualTo("罚款数额 ≥ 8,000 元（县级、乡镇）");
    }
}
