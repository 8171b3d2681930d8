package org.sanxiang.disclosure;

import java.util.List;

/**
 * Chinese surnames (百家姓 and the common compound ones): a person's name is masked to its surname
 * and 某某, so the surname must be known, e.g. 欧阳娜娜 → 欧阳某某, not 欧某某.
 */
final class Surnames {

    static final List<String> COMPOUND = List.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容",
        "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐", "钟离", "独孤", "南宫", "西门", "百里", "呼延", "端木", "澹台",
        "公冶", "太史", "申屠", "万俟", "闻人", "赫连", "拓跋", "左丘", "谷梁", "宗政", "濮阳", "淳于", "单于", "司空",
        "东郭", "鲜于", "闾丘", "梁丘", "乐正", "漆雕", "巫马", "公良", "段干", "东门", "归海", "第五");

    static final String SINGLE = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程"
        + "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武"
        + "戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌"
        + "毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄"
        + "窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑"
        + "迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井"
        + "祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹"
        + "诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由";

    private Surnames() {
    }

    /** the surname a name starts with (compound first), or empty */
    static String of(String name) {
        for (String compound : COMPOUND) {
            if (name.startsWith(compound)) {
                return compound;
            }
        }
        return !name.isEmpty() && SINGLE.indexOf(name.charAt(0)) >= 0 ? name.substring(0, 1) : "";
    }

    /** 张三 → 张某某, 欧阳娜娜 → 欧阳某某, 阿卜杜拉·买买提 → 阿卜杜拉·某某 */
    static String masked(String name) {
        int dot = name.indexOf('·');
        if (dot > 0) {
            return name.substring(0, dot) + "·某某";
        }
        String surname = of(name);
        return (surname.isEmpty() ? name.substring(0, 1) : surname) + "某某";
    }
}
