package org.sanxiang.disclosure;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark's published decisions, each a function of its id (so a query can name a decision
 * that exists), and a fast fill of MariaDB with them: the rows of {@code disclosure} as publication
 * writes them (original and published text, masked spans, hashes, search text) and their postings
 * exactly as {@link SearchIndex#index} writes them, loaded with {@code LOAD DATA LOCAL INFILE} in
 * chunks, the postings of a chunk in key order, the posting table's secondary index built after.
 */
final class BenchDecisions {

    static final String[] PLACES = {"芙蓉区", "天心区", "岳麓区", "开福区", "雨花区", "望城区", "浏阳市", "宁乡市", "长沙县", "湘潭县", "韶山市", "株洲县",
        "醴陵市", "攸县", "茶陵县", "炎陵县", "衡东县", "祁东县", "耒阳市", "常宁市"};
    static final String[] BRANDS = {"鑫旺", "恒通", "华美", "福瑞", "金穗", "宏达", "佳和", "永信", "天泽", "润丰", "博远", "益康", "顺发", "瑞祥", "聚源",
        "兴隆", "德润", "宝丰", "昌盛", "长青", "明德", "新锐", "安泰", "裕民", "和顺", "凯旋", "正邦", "蓝海", "星辰", "锦程", "万家", "同心", "康宁",
        "嘉禾", "卓越", "汇丰", "晨光", "富源", "百川", "志诚"};
    static final String[] TRADES = {"食品", "药品", "建材", "餐饮", "超市", "加油站", "物流", "化工", "印刷", "网吧", "宾馆", "美容", "诊所", "汽修",
        "农资", "烟花", "眼镜", "母婴", "家具", "电器", "服装", "五金", "酒类", "茶叶", "粮油"};
    static final String[] WRONGS = {"销售过期食品", "无证经营", "超标排放", "虚假广告", "未按规定公示", "使用不合格计量器具", "违规储存危险化学品",
        "未取得许可擅自经营", "销售不合格产品", "价格违法", "未落实消防安全责任", "擅自改变用途", "非法占用道路", "噪声扰民", "违规倾倒垃圾"};
    /** goods named in one decision in ten: each in about one decision in 800 */
    static final String[] GOODS = {"冷冻鸡爪", "散装白酒", "过期奶粉", "劣质轮胎", "假冒化肥", "无标签腊肉", "变质月饼", "山寨手机", "翻新电池", "走私香烟",
        "劣质涂料", "假冒农药", "病死猪肉", "工业明胶", "地沟油脂", "注水牛肉", "假冒种子", "超期疫苗", "无证口罩", "劣质钢筋", "假冒眼药", "过期面粉",
        "霉变大米", "劣质电线", "假冒机油", "伪劣安全帽", "无证燃气灶", "过期罐头", "假冒保健酒", "劣质童鞋", "假冒洗发水", "过期饮料", "假冒电缆", "劣质煤炭",
        "变质食用油", "无证药酒", "劣质水泥", "假冒茶油", "过期调料", "山寨充电器", "翻新轮胎", "假冒服装", "劣质玩具", "无证化妆品", "假冒手表", "劣质灯具",
        "过期药品", "假冒白糖", "伪劣电动车", "劣质油漆", "无证烟花", "假冒蜂蜜", "过期冷饮", "劣质板材", "假冒酱油", "变质豆腐", "劣质钢管", "假冒奶茶",
        "过期糕点", "无证电梯", "劣质床垫", "假冒轴承", "过期醋", "劣质瓷砖", "假冒啤酒", "过期咖啡", "劣质胶水", "假冒口香糖", "过期辣酱", "劣质卫浴",
        "假冒饼干", "过期果冻", "劣质门窗", "假冒陈醋", "过期方便面", "劣质雨伞", "假冒香皂", "过期酸奶", "劣质插座", "假冒矿泉水", "过期火腿", "劣质锅具",
        "假冒牙膏", "过期腐乳", "劣质水管", "假冒红酒", "过期蜜饯", "劣质被褥", "假冒米粉", "过期豆浆", "劣质窗帘", "假冒槟榔", "过期麦片", "劣质鞋油",
        "假冒辣条", "过期鱼干", "劣质拖鞋", "假冒花生油", "过期汤圆", "劣质衣架", "假冒凉茶", "过期粽子", "劣质地板", "假冒挂面", "过期榨菜", "劣质暖瓶",
        "假冒腊肠", "过期坚果", "劣质电扇", "假冒豆瓣酱", "过期紫菜", "劣质风扇", "假冒鸡精", "过期年糕", "劣质锁具", "假冒味精", "过期海带", "劣质刀具",
        "假冒芝麻油", "过期松花蛋", "劣质灯泡"};
    static final String[] AGENCIES = {"长沙市市场监督管理局", "长沙市生态环境局", "长沙市应急管理局", "长沙市城市管理和综合执法局", "长沙市卫生健康委员会",
        "长沙市交通运输局", "长沙市文化旅游广电局", "长沙市农业农村局"};
    static final String[] CATEGORIES = {"PENALTY", "PENALTY", "PENALTY", "LICENSING", "COERCION", "INSPECTION"};
    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "欧阳", "司马"};
    static final String[] GIVEN = {"建国", "丽华", "志强", "秀英", "国庆", "海燕", "红梅", "德胜", "小龙", "春花", "明辉", "青云"};
    static final int CHUNK = 50_000;

    record Decision(long id, String agency, String category, String party, String goods, String wrong, String title, String number,
                    LocalDate decidedOn, String original, String published, String search) {
    }

    private BenchDecisions() {
    }

    static Decision decision(long id, int size) {
        Random r = new Random(id * 0x9E3779B97F4A7C15L);
        String place = pick(r, PLACES);
        String trade = pick(r, TRADES);
        String party = place + pick(r, BRANDS) + trade + "有限公司";
        String wrong = pick(r, WRONGS);
        String goods = r.nextInt(10) == 0 ? pick(r, GOODS) : null;
        String person = pick(r, SURNAMES) + pick(r, GIVEN);
        String masked = person.startsWith("欧阳") || person.startsWith("司马") ? person.substring(0, 2) + "某某" : person.charAt(0) + "某某";
        String agency = AGENCIES[(int) (id % AGENCIES.length)];
        String title = party + wrong + "案";
        String number = "长市监罚〔2025〕第" + id + "号";
        String facts = "经查，当事人" + party + wrong + (goods == null ? "" : "，涉及" + goods) + "，违法所得" + (100 + r.nextInt(90_000))
            + "元。依据相关规定，决定责令改正，并处罚款" + (1 + r.nextInt(50)) * 1000 + "元。法定代表人";
        String original = facts + person + "对事实无异议，联系电话1387310" + String.format("%04d", r.nextInt(10_000)) + "。";
        String published = facts + masked + "对事实无异议，联系电话***********。";
        LocalDate decided = LocalDate.of(2023, 1, 1).plusDays(id * 1000 / (size + 1));
        return new Decision(id, agency, pick(r, CATEGORIES), party, goods, wrong, title, number, decided, original, published,
            SearchIndex.searchText(title, number, published));
    }

    /** fills the (empty) tables with decisions 1..size */
    static void fill(JdbcTemplate jdbc, int size) throws IOException {
        jdbc.execute("SET unique_checks = 0");
        jdbc.execute("DROP INDEX ix_disclosure_posting_owner ON disclosure_posting");
        Path rows = Files.createTempFile("bench-disclosure", ".tsv");
        Path postings = Files.createTempFile("bench-posting", ".tsv");
        Timestamp published = Timestamp.from(Instant.parse("2026-01-01T00:00:00Z"));
        try {
            for (long from = 1; from <= size; from += CHUNK) {
                List<Object[]> keys = new ArrayList<>();
                try (BufferedWriter out = Files.newBufferedWriter(rows, StandardCharsets.UTF_8)) {
                    for (long id = from; id < Math.min(size + 1L, from + CHUNK); id++) {
                        Decision d = decision(id, size);
                        line(out, d.id(), "BENCH-" + id, "bench-" + id, d.agency(), d.category(), "FINE", d.number(), d.title(), d.decidedOn(),
                            "PUBLISHED", d.original(), d.published(), "[{\"kind\":\"NAME\",\"start\":0,\"end\":3}]", Hashes.sha256(d.original()),
                            Hashes.sha256(d.published()), d.search(), 1, published);
                        long key = SearchIndex.sortKey(d.decidedOn(), id);
                        SearchIndex.grams(d.search()).forEach(term -> keys.add(new Object[] {term, key}));
                    }
                }
                keys.sort(Comparator.<Object[], String>comparing(k -> (String) k[0]).thenComparing(k -> (Long) k[1]));
                try (BufferedWriter out = Files.newBufferedWriter(postings, StandardCharsets.UTF_8)) {
                    for (Object[] k : keys) {
                        line(out, k[0], k[1]);
                    }
                }
                jdbc.execute("LOAD DATA LOCAL INFILE '" + rows + "' INTO TABLE disclosure CHARACTER SET utf8mb4 (id, case_number, "
                    + "process_instance_id, agency, category, action_code, decision_number, title, decided_on, status, original_text, "
                    + "published_text, masked_spans, original_hash, published_hash, search_text, version, published_at)");
                jdbc.execute("LOAD DATA LOCAL INFILE '" + postings + "' INTO TABLE disclosure_posting CHARACTER SET utf8mb4 (term, sort_key)");
                System.out.printf("  filled %d decisions%n", Math.min(size, from + CHUNK - 1));
            }
        } finally {
            Files.deleteIfExists(rows);
            Files.deleteIfExists(postings);
        }
        jdbc.execute("CREATE INDEX ix_disclosure_posting_owner ON disclosure_posting (sort_key)");
    }

    private static void line(BufferedWriter out, Object... values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write('\t');
            }
            out.write(values[i] == null ? "\\N" : values[i].toString().replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n"));
        }
        out.write('\n');
    }

    static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
