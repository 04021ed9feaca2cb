package cn.kepu.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one grammar of targets as Chinese documents state them: "各县市区不少于60项", "培训科技辅导员不低于50人次",
 * "3000人以上", "10-15场", "泰山区3000人", "开展科普讲座12场" — and not facts ("已建成…", "累计…", "共…").
 * Plain Java, no Spring: the intake parser proposes quotas with it, and a checklist import reads its 工作要求 with it.
 */
public final class QuotaPhrases {

    /**
     * One target found in a text.
     *
     * @param lead    the words before the figure, from the clause's start ("各县市区科协开展相关活动"), where a kind of
     *                unit may stand first
     * @param subject the party it is set for — a region, a body, a kind of unit — or "" when the text names none
     * @param stated  whether the words say it is a target (不少于, 以上, a range, a named region), not just a number
     */
    public record Phrase(int at, String lead, String subject, Bound bound, BigDecimal target, String unit, boolean stated,
            String text) {

        /** "≤" for 不超过 and the like, "≥" otherwise, as the ASCII a form or JSON uses. */
        public String comparator() {
            return bound.ascii();
        }
    }

    private static final String UNITS = "人次|项|人|条|张|场次|站次|场|个|名|%|％|篇|次|所|家|支|期|户|万元|元|份|部|件|套|种|册|小时|分钟|课时|处|座|间|讲|批|届|块|台|辆";
    private static final Pattern COMPARED = Pattern.compile(
            "([\\p{IsHan}A-Za-z（）、]{0,30}?)(不少于|不低于|至少|不超过|不高于|达到|超过|低于)[\\p{IsHan}]{0,2}?"
                    + "(\\d+(?:\\.\\d+)?)(万)?(" + UNITS + ")");
    private static final Pattern ABOVE = Pattern.compile(
            "([\\p{IsHan}A-Za-z（）、]{0,30}?)(\\d+(?:\\.\\d+)?)(万)?(" + UNITS + ")以上");
    private static final Pattern RANGE = Pattern.compile(
            "([\\p{IsHan}（）、]{0,30}?)(\\d+)[-—–~～至](\\d+)(" + UNITS + ")");
    private static final Pattern NAMED = Pattern.compile(
            "([\\p{IsHan}]{1,6}?[区县市旗])(\\d+(?:\\.\\d+)?)(万)?(人次|人|项|条|个|名|场)");
    /** "泰山区3000人" names a region; "县级科普示范社区5个" counts communities. */
    private static final Pattern NOT_A_REGION = Pattern.compile(".*(社区|园区|景区|小区|校区|城区|示范|级|科普).*");
    /** "每个区县…", "每家单位…", "各镇（街道）科协…": the party a target is set for each of. */
    private static final Pattern EACH = Pattern.compile("^(?:每个|每家|每所|每支|每名|各)(.+)$");
    /** Where the party after 每个 ends: at what it does, or when. */
    private static final Pattern EACH_ENDS = Pattern.compile(
            "开展|组织|举办|接待|联系|培训|完成|报送|推荐|确定|配备|设立|建设|新建|发展|参与|参加|回收|走访|慰问|带动|演练|上传|提交|征集"
                    + "|至少|不少于|不低于|不超过|每月|每季度|每年|每周|全年|年内|上半年|下半年|年接待|年开展|年举办|要|须|都|均|志愿者|队员|学生|人数|活动");
    /** "每个乡镇确定1名", "每个行政村（社区）配备1名": as many as that, no more and no fewer. */
    private static final Pattern EACH_EXACTLY = Pattern.compile(
            "(?:每个|每家|每所)([\\p{IsHan}（）]{1,10}?)(?:确定|配备|明确|设立|设置|落实|选配)(\\d+)(名|个|人|处)(?![^，。；]*(?:以上|不少于))");
    /** A lead that says what is done ("评估学会", "开放单位") counts that thing; it does not name a party. */
    private static final Pattern DOING = Pattern.compile(
            ".*(评估|开放|创建|建设|培训|组织|开展|举办|新建|认定|命名|推荐|遴选|评选|参加|参与|走访|慰问|服务|征集|联系|报送|上传).*");
    private static final Pattern VERB = Pattern.compile(
            "(培训|培育|开展|举办|新增|新建|发展|建设|建成|建立|组建|新组建|组织|完成|征集|报送|提供|打造|创建|培养|评选|推选|推出|招募|注册|参与|覆盖|受益|惠及|吸引|服务"
                    + "|编译|编写|编印|印发|印制|出版|制作|创作|发放|播出|推送|发布|开设|设立|配备|认定|命名|遴选|选派|资助|改造|提升|升级|培育|推荐|申报|签订|回收|接待|开馆)([\\p{IsHan}A-Za-z“”《》]{0,16}?)"
                    + "(\\d+(?:\\.\\d+)?)(万)?(" + UNITS + ")");
    /** "，各县市区" → "各县市区"; "任务数：各县市区" → "各县市区"; a clause with a verb keeps its last noun phrase. */
    private static final Pattern PARTY = Pattern.compile(
            ".*(区|县|市|州|盟|旗|乡|镇|街道|社区|村|科协|学会|局|部|委|办|厅|中心|馆|站|单位|基地|高校|学校|企业|队)([（(][^）)]*[）)])?");

    private QuotaPhrases() {
    }

    /** The targets in a text, in the order they stand; where two readings overlap, the first found wins. */
    public static List<Phrase> find(String text) {
        Map<Integer, Phrase> found = new LinkedHashMap<>();
        if (text == null) {
            return List.of();
        }
        Matcher m = COMPARED.matcher(text);
        while (m.find()) {
            Bound bound = switch (m.group(2)) {
                case "不超过", "不高于", "低于" -> Bound.AT_MOST;
                default -> Bound.AT_LEAST;
            };
            add(found, new Phrase(m.start(3), lead(m.group(1)), subject(m.group(1)), bound, number(m.group(3), m.group(4)), unit(m.group(5)),
                    true, m.group()));
        }
        m = ABOVE.matcher(text);
        while (m.find()) {
            if (!isFact(text, m.start(2))) {
                add(found, new Phrase(m.start(2), lead(m.group(1)), subject(m.group(1)), Bound.AT_LEAST, number(m.group(2), m.group(3)),
                        unit(m.group(4)), true, m.group()));
            }
        }
        m = RANGE.matcher(text);
        while (m.find()) {
            if (unit(m.group(4)).equals("%") || !isFact(text, m.start(2))) {
                add(found, new Phrase(m.start(2), lead(m.group(1)), subject(m.group(1)), Bound.AT_LEAST, new BigDecimal(m.group(2)),
                        unit(m.group(4)), true, m.group()));
            }
        }
        m = NAMED.matcher(text);
        while (m.find()) {
            if (!isFact(text, m.start()) && !NOT_A_REGION.matcher(m.group(1)).matches()) {
                add(found, new Phrase(m.start(2), m.group(1), m.group(1), Bound.AT_LEAST, number(m.group(2), m.group(3)), m.group(4),
                        true, m.group()));
            }
        }
        m = EACH_EXACTLY.matcher(text);
        while (m.find()) {
            add(found, new Phrase(m.start(2), m.group(1), m.group(1), Bound.EXACTLY, new BigDecimal(m.group(2)), m.group(3), true, m.group()));
        }
        m = VERB.matcher(text);
        while (m.find()) {
            if (!isFact(text, m.start())) {
                add(found, new Phrase(m.start(3), "", "", Bound.AT_LEAST, number(m.group(3), m.group(4)), unit(m.group(5)),
                        false, m.group()));
            }
        }
        List<Phrase> phrases = new ArrayList<>(found.values());
        phrases.sort(java.util.Comparator.comparingInt(Phrase::at));
        return phrases;
    }

    private static void add(Map<Integer, Phrase> found, Phrase phrase) {
        found.putIfAbsent(phrase.at(), phrase);
    }

    private static boolean isFact(String text, int at) {
        // Within its own clause: "推动已建场馆免费开放，新开馆县级科技馆5个" sets a target.
        String before = text.substring(Math.max(0, at - 12), at).replaceFirst("^.*[，。；;,]", "");
        // "共3项", "全市共培训200人" state what was done; "共建", "共同" do not.
        return before.matches(".*(已|共计|共有|总共|累计|现有|目前|截至).*|.*共") || text.startsWith("余", Math.min(text.length(), at + 1));
    }

    private static BigDecimal number(String digits, String tenThousand) {
        BigDecimal n = new BigDecimal(digits);
        return tenThousand == null ? n : n.multiply(BigDecimal.valueOf(10_000));
    }

    private static String unit(String unit) {
        return unit.replace('％', '%');
    }

    private static String lead(String raw) {
        return raw.replaceAll(".*[：:，,；;。]", "").replaceAll("^(其中|确保|力争|要|应|须|年度内|年内|每年|全年)+", "").strip();
    }

    /**
     * The party after 每个/每家/各: the words up to what it does or when ("每个社区卫生服务中心不少于2场" → 社区卫生服务中心,
     * "每个市级学会全年开展…" → 市级学会, "每个乡镇（街道）…" → 乡镇（街道）), or null when that is no name.
     */
    private static String eachParty(String rest) {
        Matcher end = EACH_ENDS.matcher(rest);
        String party = end.find() ? rest.substring(0, end.start()) : rest;
        long open = party.chars().filter(c -> c == '（').count();
        long close = party.chars().filter(c -> c == '）').count();
        return party.length() >= 1 && party.length() <= 10 && open == close && party.matches("[\\p{IsHan}A-Za-z（）、]+") ? party : null;
    }

    private static String subject(String raw) {
        String s = lead(raw);
        // "每个区县走访慰问" → 区县; a lead that is itself the party ("各县市区") stays as written.
        Matcher each = EACH.matcher(s);
        if (each.find() && !(s.startsWith("各") && PARTY.matcher(s).matches())) {
            String party = eachParty(each.group(1));
            if (party != null) {
                return party;
            }
        }
        // A total for the whole area ("全市不少于50场") is the issuer's own target: no party beneath it.
        if (s.matches("全(市|县|区|省|国|镇|乡|街道|旗|州)")) {
            return "";
        }
        // "培训科技辅导员" names what is counted, not who: only a party (a region, a body, a kind of unit) is a subject.
        return PARTY.matcher(s).matches() && !DOING.matcher(s).matches() ? s : "";
    }
}
