package cn.kepu.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who does a task, as documents say it: units as a sentence's subject ("市科协会同市教育局…", "由…牵头", "各乡镇要…"),
 * in a duty clause ("科普部牵头，市科技馆负责落实") or listed in a cell ("市科技馆、县市区、功能区科协"). The grammar of
 * Chinese unit names (…局, …委, …办, …科协, …学会, …中心, 各…) stands in for a list of names, so units nobody listed are
 * read too.
 */
final class UnitPhrases {

    private UnitPhrases() {
    }

    /** "各县市区科协要…", "各参与单位负责…": a kind of unit as the subject. */
    static final Pattern SUBJECT = Pattern.compile(
            "^(各[\\p{IsHan}（）、]{1,24}?(科协|学会|单位|基地|部门|协会))(要|应|须|应当|负责|牵头)");

    /** A unit's name as a sentence's subject: a few characters ending as bodies' names end. */
    private static final String UNIT = "(?:(?:协会|学会|本会)[\\p{IsHan}&&[^要须由]]{1,8}?(?:部|办公室|处|室|委员会|中心)|[\\p{IsHan}（）&&[^要须由]]{1,20}?(?:科协|农技协|分会|学会|协会|大学|学院|研究院|医院|局|厅|委员会|委|办事处|中心|馆|政府|单位|基地|部门|学校|团委|妇联|工会|分局|实验室|处|部|站"
            // "老龄办", "网信办", "市科素办" — but not "举办", "承办"
            + "|(?<![举承主创开兴督筹协])办))"
            // a department of the body: "省科协科普部", "县科协办公室"
            + "(?:[\\p{IsHan}]{1,4}?(?:部|办公室|处|室))?";
    /** "各乡镇（街道）", "各街道（镇）", "各村（社区）": every unit of a kind of region, named by the region. */
    private static final String REGION_KIND = "各(?:乡镇|街道|镇|乡|村|社区|县市区|县区|区县|县|区)(?:（[\\p{IsHan}、]{1,8}）)?";
    private static final Pattern REGION_KIND_NAME = Pattern.compile("^" + REGION_KIND + "$");

    /** A sentence that begins with what is done ("推进数字科技馆建设") is a title, not a unit doing something. */
    private static final String NOT_A_VERB = "(?!推进|开展|加强|建设|实施|组织|举办|推动|深化|完善|提升|打造|办好|做好|强化|培育|建立|健全|创建|发展|抓好"
            + "|广泛|积极|持续|大力|扩大|加快|提高|规范|优化|探索|启动|召开|编制|制定)";
    /**
     * Units as the subject of a sentence: "市科协会同市教育局在市科技馆举办…", "各参与单位要…", several joined by 、 和 与
     * 会同 联合, followed by what they do.
     */
    private static final Pattern SENTENCE_SUBJECT = Pattern.compile("^" + NOT_A_VERB + "((?:" + REGION_KIND + "|(?:各)?" + UNIT + ")(?:(?:、|和|与|及|会同|联合)(?:" + REGION_KIND + "|(?:各)?" + UNIT + "))*)"
            + "(?=在|于|举办|组织|开展|负责|要|须|需|应|牵头|将|联合|共同|做好|加强|推动|推进|实施|承办|主办|指导|督促|围绕|结合|按照|依托|面向|深入|积极|认真|持续|每年|年内|全年|配合|参与"
            + "|编制|编写|编印|制定|制作|建立|建设|建成|研究|开发|打造|培育|完善|征集|启动|召开|印发|发布|评选|遴选|，|\\d)");

    /** "由市科技馆组织实施", "由各县区科协牵头". */
    private static final Pattern BY = Pattern.compile("由((?:各)?" + UNIT + "(?:(?:、|和|与|及|会同)(?:各)?" + UNIT + ")*)(?:共同)?(牵头|组织|负责|承办|主办|具体实施|实施)");
    /** "…要会同同级人力资源社会保障部门，": the subject leads, the units after 会同 take part. */
    private static final Pattern WITH = Pattern.compile("^(?:要|须|应)?会同((?:各)?" + UNIT + "(?:(?:、|和|与|及)(?:各)?" + UNIT + ")*)");

    /**
     * Units named as the doers in the item's first sentences: "市级主场活动。市科协会同市教育局在市科技馆举办…" (the title,
     * then who), "由市科技馆组织…". A unit "由…牵头" leads.
     */
    static void subjects(String text, List<String> lead, List<String> responsible) {
        String[] sentences = text.split("[。；;\\n]");
        for (int i = 0; i < Math.min(3, sentences.length); i++) {
            String sentence = sentences[i].strip();
            Matcher by = BY.matcher(sentence);
            if (by.find()) {
                int together = by.group(1).indexOf("会同");
                if (together > 0) {
                    // "由学会青少年工作委员会会同市青少年科技中心负责": the first leads.
                    lead.addAll(joined(by.group(1).substring(0, together)));
                    responsible.addAll(joined(by.group(1).substring(together + 2)));
                } else if (by.group(2).equals("牵头")) {
                    lead.addAll(joined(by.group(1)));
                } else {
                    responsible.addAll(joined(by.group(1)));
                }
                clauses(sentence.substring(by.end()), responsible);
                return;
            }
            Matcher subject = SENTENCE_SUBJECT.matcher(sentence);
            if (subject.find()) {
                String units = subject.group(1);
                String after = sentence.substring(subject.end());
                Matcher with = WITH.matcher(after);
                int together = units.indexOf("会同");
                if (together > 0) {
                    lead.addAll(joined(units.substring(0, together)));
                    responsible.addAll(joined(units.substring(together + 2)));
                } else if (with.find()) {
                    lead.addAll(joined(units));
                    responsible.addAll(joined(with.group(1)));
                } else if (after.startsWith("牵头")) {
                    lead.addAll(joined(units));
                } else {
                    responsible.addAll(joined(units));
                }
                clauses(after, responsible);
                return;
            }
        }
    }

    private static final Pattern CLAUSE_SUBJECT = Pattern.compile(
            "(各|市|省|县|区|州|盟|旗|乡|镇|街道|村|社区|校|集团|公司|有关|相关|同级|团|妇联|总工会|全国|中国)(?!组织|开展|举办|建设|推进|新建|改造)");

    /** The later clauses of a sentence that name who else takes part: "，市科协、市科技局配合", "，各市科协做好…". */
    private static void clauses(String rest, List<String> responsible) {
        String[] parts = rest.split("[，,]");
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].strip();
            // Only a clause that begins as a unit's name begins — not "组织专家对现有基地…", "每个市级学会…".
            if (!CLAUSE_SUBJECT.matcher(part).lookingAt()) {
                continue;
            }
            Matcher other = SENTENCE_SUBJECT.matcher(part);
            if (other.find()) {
                joined(other.group(1)).stream().filter(u -> !responsible.contains(u)).forEach(responsible::add);
            }
        }
    }

    private static final Pattern AND = Pattern.compile("和|与|及");

    /**
     * "市科协会同市教育局" → 市科协, 市教育局; "科普部和县融媒体中心" → two; "各参与单位" and "市委网信办" stay one: 和 与 及 join
     * only where both sides read as units.
     */
    private static List<String> joined(String units) {
        List<String> out = new ArrayList<>();
        for (String piece : units.split("、|会同|联合")) {
            String rest = piece.strip();
            Matcher and = AND.matcher(rest);
            int from = 0;
            while (and.find()) {
                String left = rest.substring(from, and.start());
                String right = rest.substring(and.end()).replaceFirst("[和与及].*$", "");
                if (readsAsUnit(left) && readsAsUnit(right)) {
                    out.add(left);
                    from = and.end();
                }
            }
            if (from < rest.length()) {
                out.add(rest.substring(from));
            }
        }
        return out.stream().filter(UnitPhrases::readsAsUnit).toList();
    }


    /** "科普部牵头，市科技馆、县市区科协负责落实", "区教育和体育局、区科协按职责分工负责", "责任单位：市科协、市科技局". */
    static void readDuties(String inside, List<String> lead, List<String> responsible) {
        String s = inside.replaceFirst("^(牵头|责任|配合)?单位[：:]", "");
        for (String clause : s.split("[，,；;]")) {
            String c = clause.strip();
            if (c.isEmpty()) {
                continue;
            }
            Matcher led = Pattern.compile("^(.*?)(共同)?牵头(负责)?$").matcher(c);
            Matcher carried = Pattern.compile("^(.*?)(按职责分工负责|按照职责分工负责|分工负责|负责落实|具体落实|负责实施|负责|配合|参与|落实)$").matcher(c);
            if (led.matches()) {
                lead.addAll(names(led.group(1)));
            } else if (carried.matches()) {
                responsible.addAll(names(carried.group(1)));
            } else {
                responsible.addAll(names(c));
            }
        }
    }

    private static final Pattern BODY_SUFFIX = Pattern.compile(
            ".*(科协|协|学会|协会|局|部|部门|委|馆|中心|单位|基地|办|会|院|校|大学|队|站|所|室|团|联|处|组|专班|公司|厂|政府|党委|分局|支部|妇联|团委|厅)$");

    /** A name ending as bodies do (科协, 学会, 局, 单位 …) with its brackets closed: not "并不是" or "区)科协". */
    static boolean readsAsUnit(String name) {
        if (REGION_KIND_NAME.matcher(name).matches()) {
            return true;
        }
        long open = name.chars().filter(c -> c == '(' || c == '（').count();
        long close = name.chars().filter(c -> c == ')' || c == '）').count();
        return open == close && BODY_SUFFIX.matcher(name).matches();
    }

    /** "市科技馆、县市区、功能区科协" → 市科技馆, 县市区、功能区科协: a bare region word shares the next item's suffix. */
    static List<String> names(String list) {
        List<String> out = new ArrayList<>();
        String pending = null;
        for (String n : (list == null ? "" : list).split("[、，,；;\\n]")) {
            String name = n.strip().replaceAll("^(由|和|及|以及)", "").replaceAll("(等)$", "");
            if (name.isEmpty()) {
                continue;
            }
            if (pending != null) {
                name = pending + "、" + name;
                pending = null;
            }
            if (!BODY_SUFFIX.matcher(name).matches() && name.length() <= 6) {
                pending = name;
                continue;
            }
            if (name.length() >= 2 && name.length() <= 40) {
                out.add(name);
            }
        }
        if (pending != null && pending.length() >= 2) {
            out.add(pending);
        }
        return out;
    }
}
