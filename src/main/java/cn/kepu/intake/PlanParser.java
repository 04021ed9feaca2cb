package cn.kepu.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.kepu.plan.QuotaPhrases;

/**
 * Reads the text of a plan, checklist or notice into a {@link Proposal}. General rules rather than rules for
 * particular documents: numbering markers give the hierarchy (一、 （一） 1. （1） —— 一是, Markdown headings),
 * a marker paragraph with deeper markers beneath it is a section and one without is a task; trailing
 * parentheses name the lead and responsible units; tab-separated rows with a 序号 header are a checklist.
 * Never throws: whatever it cannot place ends up as text in a one-section draft, with a notice.
 */
final class PlanParser {

    private static final String CN = "一二三四五六七八九十";
    private static final Pattern L1 = Pattern.compile("^([" + CN + "]{1,3})[、．.]\\s*(.*)$");
    private static final Pattern L2 = Pattern.compile("^（([" + CN + "]{1,3})）\\s*(.*)$");
    private static final Pattern L3 = Pattern.compile("^(\\d{1,2})[.．、](?!\\d)\\s*(.*)$");
    private static final Pattern L4 = Pattern.compile("^（(\\d{1,2})）\\s*(.*)$");
    /** "①举办…": items numbered in circles, at the depth of （1）. */
    private static final Pattern CIRCLED = Pattern.compile("^([①-⑳])\\s*(.*)$");
    private static final Pattern L5 = Pattern.compile("^(——|—|•|·|-\\s)\\s*(.*)$");
    private static final Pattern L5_ORDINAL = Pattern.compile("^([" + CN + "]{1,2}是)[，,：:]?\\s*(.*)$");
    private static final Pattern MARKDOWN = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern DOC_NUMBER = Pattern.compile("[\\p{IsHan}]{1,12}[〔\\[［【]\\d{4}[〕\\]］】]\\d{1,4}号");
    private static final Pattern DATE_LINE = Pattern.compile("^\\d{4}年\\d{1,2}月\\d{1,2}日$");
    private static final Pattern DOC_TYPE = Pattern.compile("(方案|计划|清单|要点|通知|意见|纲要|办法|安排|细则)[》）]*(（\\d{4}[-—–]\\d{4}年?）)?$");
    private static final Pattern YEARS = Pattern.compile("(\\d{4})\\s*[-—–至]\\s*(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
    private static final Pattern PARENS = Pattern.compile("（([^（）]*(?:（[^（）]*）[^（）]*)*)）[。；;]?$");
    private static final Pattern DUTY = Pattern.compile("负责|牵头|配合|责任单位|落实|参与");
    /** A page number a converted document keeps in the middle of the text: "- 3 -", "第3页". */
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—–]\\s*\\d{1,3}\\s*[-—–]$|^第\\d{1,3}页(，?共\\d{1,3}页)?$");
    /** The rule line under a Markdown table's header: "|---|:---:|". */
    private static final Pattern PIPE_RULE = Pattern.compile("^\\|?[\\s:|-]*-[\\s:|-]*\\|?$");
    private static final String LABELS = "(牵头单位|牵头部门|责任单位|责任部门|配合单位|配合部门|协办单位|协办部门|参与单位|完成时限|完成时间|时间安排|时间节点)";
    /** A labelled line under an item: "牵头单位：…", "配合单位：…", "完成时限：…", or several in its closing bracket. */
    private static final Pattern LABEL = Pattern.compile(
            "(?m)(?:^|(?<=[。；;（，,]))" + LABELS + "[：:]\\s*((?:(?![，,]\\s*" + LABELS + "[：:])[^。；;\\n])*)[。；;]?");

    /**
     * Sections that state principles, aims or how the work is secured, not tasks — the readers of these documents list
     * none of their items: 指导思想, 基本原则, 目标, 保障措施, 组织实施, 工作要求.
     */
    private static final Pattern GENERAL = Pattern.compile(
            "^(指导思想|基本原则|总体要求|总体思路|总体目标|工作目标|主要目标|目标任务|保障措施|组织保障|保障机制|工作保障|实施保障|组织实施|工作要求|有关要求|工作机制|活动时间|活动主题|活动地点|活动对象|参加对象|参与对象|参与范围|参加范围|组织机构|其他事项|联系方式)$");

    /**
     * "各牵头单位要会同配合单位细化措施…": a sentence to whoever leads or helps in the tasks above or below — how the work
     * is done, not a task of its own.
     */
    private static final Pattern ROLES_ONLY = Pattern.compile("^各?[^，。：:]{0,10}?(?:牵头|责任|配合|协办|参与)(?:单位|部门)(?![：:])");

    /** A line that is only a time ("3月", "7—8月", "第二季度", "上半年"): a heading over the items done then. */
    private static final Pattern TIME_HEADING = Pattern.compile(
            "^(?:\\d{1,2}(?:[-—–~至]\\d{1,2})?月份?(?:[上中下]旬)?|第[一二三四]季度|[上下]半年)$");
    /** The paragraph a time heading becomes (a character no text holds). */
    private static final String TIME_MARK = "\u0000时";
    /** The line an attachment begins with: "附件", "附件2", "附件：2024年…任务安排表". */
    private static final Pattern ATTACHMENT = Pattern.compile("^附件\\s*\\d{0,2}(?:[：:].{0,60})?$");

    private static final int MAX_TITLE = 60;
    /** The line a table inside an outline is replaced by while the outline is read (a character no text holds). */
    private static final String TABLE_MARK = "\u0000表";


    /** Thrown when the reading thread was interrupted (a time limit passed): the work stops, nothing is proposed. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super("interrupted", null, false, false);
        }
    }

    /** Stops the work at the next line when its thread was interrupted. */
    private static void checkInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new Stopped();
        }
    }

    /**
     * Never throws (but {@link Stopped} when interrupted); an input it cannot read at all still comes back as one
     * section holding its text.
     */
    public Proposal parse(String raw) {
        String text = raw == null ? "" : raw;
        try {
            return read(text);
        } catch (Stopped e) {
            throw e;
        } catch (RuntimeException e) {
            return fallback(normalize(text), "文件结构无法识别（" + e.getClass().getSimpleName() + "），全文已放入一个章节，请人工整理");
        }
    }

    private Proposal read(String raw) {
        String text = normalize(raw);
        // Only spaces are trimmed: a leading tab is an empty first cell of a table row.
        List<String> lines = new ArrayList<>();
        for (String line : text.lines().map(l -> l.replaceAll("^ +| +$", "")).filter(l -> !l.isBlank()).toList()) {
            if (PAGE_NUMBER.matcher(line).matches() || line.startsWith("|") && PIPE_RULE.matcher(line).matches()) {
                continue;
            }
            lines.add(line.length() > 2 && line.startsWith("|") && line.indexOf('|', 1) > 0 ? pipeRow(line) : line);
        }
        if (lines.isEmpty()) {
            return new Proposal(null, null, null, null, List.of(), List.of("没有可识别的文字"));
        }
        int bodyStart = bodyStart(lines);
        Head head = head(lines.subList(0, bodyStart));
        int from = head.period() == null ? LocalDate.now().getYear() : head.period().start().getYear();
        int to = head.period() == null ? from : head.period().end().getYear();
        List<Section> sections = new ArrayList<>();
        List<String> body = lines.subList(bodyStart, lines.size());
        if (isTableHeader(body.isEmpty() ? "" : body.get(0))) {
            sections.addAll(table(body, from, to));
        } else {
            // A table inside an outline (a 附件 after the text, a table under a heading) stands in its place as one line,
            // read where it stands: its tasks go to the section it is under.
            List<String> outlined = new ArrayList<>();
            List<List<String>> tables = new ArrayList<>();
            for (int i = 0; i < body.size(); i++) {
                if (isTableHeader(body.get(i))) {
                    int end = i + 1;
                    while (end < body.size() && body.get(end).contains("\t")) {
                        end++;
                    }
                    tables.add(body.subList(i, end));
                    outlined.add(TABLE_MARK + (tables.size() - 1));
                    i = end - 1;
                } else {
                    outlined.add(body.get(i));
                }
            }
            sections.addAll(outline(paragraphs(outlined), from, to, tables));
        }
        List<String> notices = new ArrayList<>();
        long tasks = sections.stream().mapToLong(PlanParser::countTasks).sum();
        if (tasks == 0) {
            return fallback(text, "没有找到可识别的任务结构（一、（一）1. 等编号或带“序号”的表格），全文已放入一个章节，请人工整理");
        }
        long withDuties = sections.stream().mapToLong(PlanParser::countTasksWithDuties).sum();
        if (withDuties * 10 >= tasks * 3) {
            // A document that names who does what: items that name nobody, no date and no number are principles
            // or measures in general terms, not tasks.
            sections.forEach(PlanParser::dropVague);
            sections.removeIf(sct -> countTasks(sct) == 0 && sct.sections.isEmpty());
        }
        return new Proposal(head.title(), head.docNumber(), head.issuer(), head.period(),
                sections.stream().map(Section::freeze).toList(), notices);
    }

    // ---- text ----

    /** Full-width digits and Latin become ASCII, brackets Chinese; spaces inside Chinese text go; Markdown bold goes. */
    static String normalize(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ') {
                c = (char) (c - 0xFEE0);
            } else if (c == '(') {
                c = '（';
            } else if (c == ')') {
                c = '）';
            } else if (c == '\r') {
                continue;
            } else if (c == '\t') {
                out.append('\t');
                continue;
            } else if (c == '\u3000' || c == '\u00a0') {
                c = ' ';
            } else if (Character.isISOControl(c) && c != '\n' || c == '\uFFFD') {
                continue;
            }
            out.append(c);
        }
        String s = out.toString().replace("**", "").replace("__", "");
        // Spaces that layout or OCR put between Chinese characters and numbers mean nothing ("2022 年 7-10 月").
        s = s.replaceAll("(?<=[\\p{IsHan}\\d（）、，。：；])[ ]+(?=[\\p{IsHan}\\d（）、，。：；])", "");
        return s;
    }

    /** A Markdown table row ("| 重点任务 | 牵头单位 |") as the tab-separated row a table is read from. */
    private static String pipeRow(String line) {
        String inner = line.endsWith("|") ? line.substring(1, line.length() - 1) : line.substring(1);
        String[] cells = inner.split("\\|", -1);
        List<String> out = new ArrayList<>();
        for (String c : cells) {
            out.add(c.strip());
        }
        return String.join("\t", out);
    }

    /** A table's header: a column of tasks, and a 序号, time or responsibility column beside it, in any order. */
    private static boolean isTableHeader(String line) {
        boolean tasks = line.contains("工作内容") || line.contains("工作任务") || line.contains("具体要求") || line.contains("工作要求")
                || line.contains("重点工作") || line.contains("工作措施") || line.contains("具体措施") || line.contains("活动主题")
                || line.contains("任务") || line.contains("活动内容") || line.contains("活动名称") || line.contains("工作事项")
                || line.contains("项目名称") || line.matches("(?:.*\\t)?内容(?:\\t.*)?");
        boolean beside = line.contains("序号") || line.contains("时间") || line.contains("时限") || line.contains("时间节点")
                || line.contains("月份") || line.contains("季度")
                || line.contains("牵头单位") || line.contains("责任单位") || line.contains("主办单位") || line.contains("责任科室")
                || line.contains("牵头部门") || line.contains("责任部门");
        return line.contains("\t") && tasks && beside;
    }

    /** A header repeated on a new page, not a row that mentions 任务 and 季度: every cell is a short column name. */
    private static boolean repeatsHeader(String line) {
        return isTableHeader(line) && java.util.Arrays.stream(line.split("\t", -1)).allMatch(c -> c.strip().length() <= 6);
    }

    /** Where the body begins: the first top-level heading, or the checklist's header row. */
    private static int bodyStart(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (isTableHeader(l) || L1.matcher(l).matches() && !l.contains("。") && l.length() <= 40
                    || MARKDOWN.matcher(l).matches() && i > 0) {
                return i;
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (marker(lines.get(i)) != null) {
                return i;
            }
        }
        return lines.size();
    }

    // ---- the head: title, 文号, issuer, period ----

    private record Head(String title, String docNumber, String issuer, Proposal.Period period) {
    }

    private static Head head(List<String> lines) {
        String docNumber = null;
        List<String> titles = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String issuer = null;
        int lastTitleLine = -2;
        for (int i = 0; i < lines.size(); i++) {
            checkInterrupted();
            String l = lines.get(i).replaceFirst("^#{1,6}\\s+", "");
            Matcher number = DOC_NUMBER.matcher(l);
            if (docNumber == null && number.find()) {
                docNumber = number.group();
                current.setLength(0);
                continue;
            }
            if (DATE_LINE.matcher(l).matches()) {
                if (i > 0 && issuer == null && looksLikeIssuer(lines.get(i - 1))) {
                    issuer = lines.get(i - 1);
                }
                current.setLength(0);
                continue;
            }
            if (l.equals("附件") || l.endsWith("：") || l.endsWith(":") || l.endsWith("。") || l.length() > 40
                    || l.startsWith("为") && current.isEmpty()) {
                current.setLength(0);
                continue;
            }
            if (current.isEmpty() && !titles.isEmpty() && lastTitleLine == i - 1
                    && l.matches("^(实施方案|工作方案|方案|行动方案|工作计划|计划|工作要点|要点|（).*")) {
                // "…规划纲要" + "实施方案（2021-2025年）": one title over two lines.
                current.append(titles.remove(titles.size() - 1));
            }
            current.append(l);
            if (current.length() > 80) {
                // Past the longest title it can never become one: start over rather than search a growing text again
                // with every line (a 400 KB table without headings took 26 s that way).
                current.setLength(0);
            } else if (DOC_TYPE.matcher(current).find()) {
                titles.add(current.toString());
                current.setLength(0);
                lastTitleLine = i;
            }
        }
        String title = titles.stream().filter(t -> !t.startsWith("关于印发")).reduce((a, b) -> b)
                .orElse(titles.isEmpty() ? null : titles.get(titles.size() - 1));
        if (title == null && !lines.isEmpty()) {
            title = lines.stream().filter(l -> l.length() <= 40 && !l.equals("附件")).findFirst().orElse(null);
        }
        if (issuer == null && title != null) {
            Matcher m = Pattern.compile("^(?:关于印发)?(.{2,20}?(科学技术协会|科协|人民政府办公室|人民政府|委员会|领导小组办公室|领导小组))")
                    .matcher(title.replaceFirst("^\\d{4}年度?", ""));
            if (m.find()) {
                issuer = m.group(1);
            }
        }
        return new Head(title, docNumber, issuer, period(title, docNumber));
    }

    private static boolean looksLikeIssuer(String line) {
        return line.length() <= 30 && line.matches(".*(办公室|政府|科协|协会|委员会|局|部|领导小组)$");
    }

    private static Proposal.Period period(String title, String docNumber) {
        if (title != null) {
            Matcher years = YEARS.matcher(title);
            if (years.find()) {
                int a = Integer.parseInt(years.group(1));
                int b = Integer.parseInt(years.group(2));
                if (a >= 1990 && b >= a && b - a <= 20) {
                    return new Proposal.Period(LocalDate.of(a, 1, 1), LocalDate.of(b, 12, 31));
                }
            }
            Matcher year = YEAR.matcher(title);
            if (year.find()) {
                int y = Integer.parseInt(year.group(1));
                return new Proposal.Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
            }
        }
        if (docNumber != null) {
            Matcher y = Pattern.compile("(\\d{4})").matcher(docNumber);
            if (y.find()) {
                int year = Integer.parseInt(y.group(1));
                return new Proposal.Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
        }
        return null;
    }

    // ---- outline documents ----

    private record Marker(int level, String number, String rest) {
    }

    static Marker marker(String line) {
        Matcher m;
        if ((m = MARKDOWN.matcher(line)).matches()) {
            // "## 一、" and "### 三、" in one document are one level: the numbering says which, not the #s.
            Marker numbered = marker(m.group(2));
            return numbered != null ? numbered : new Marker(m.group(1).length(), "", m.group(2));
        }
        if ((m = L2.matcher(line)).matches()) {
            return new Marker(2, m.group(1), m.group(2));
        }
        if ((m = L4.matcher(line)).matches()) {
            return new Marker(4, m.group(1), m.group(2));
        }
        if ((m = CIRCLED.matcher(line)).matches()) {
            return new Marker(4, Integer.toString(m.group(1).charAt(0) - '①' + 1), m.group(2));
        }
        if ((m = L1.matcher(line)).matches()) {
            return new Marker(1, m.group(1), m.group(2));
        }
        if ((m = L3.matcher(line)).matches()) {
            return new Marker(3, m.group(1), m.group(2));
        }
        if ((m = L5_ORDINAL.matcher(line)).matches()) {
            return new Marker(5, m.group(1), m.group(2));
        }
        if ((m = L5.matcher(line)).matches()) {
            return new Marker(5, "", m.group(2));
        }
        return null;
    }

    private record Paragraph(Marker marker, String text) {
    }

    /**
     * Lines become paragraphs: a marker starts one; a line without a marker continues the current one (layout
     * and page breaks split sentences), except after a top-level heading, which stands on its own line.
     */
    private static List<Paragraph> paragraphs(List<String> lines) {
        List<Paragraph> out = new ArrayList<>();
        Marker marker = null;
        StringBuilder text = new StringBuilder();
        // Whether the paragraph so far has a full stop, kept as lines are added: asking the growing text each time
        // made a long table (thousands of lines, none ending in 。) quadratic — 26 s for 400 KB.
        boolean stopped = false;
        for (String line : lines) {
            checkInterrupted();
            if (line.startsWith(TABLE_MARK)) {
                // A table stands alone between paragraphs.
                if (!text.isEmpty()) {
                    out.add(new Paragraph(marker, text.toString()));
                }
                out.add(new Paragraph(null, line));
                marker = null;
                text.setLength(0);
                stopped = false;
                continue;
            }
            if (TIME_HEADING.matcher(line).matches()) {
                if (!text.isEmpty()) {
                    out.add(new Paragraph(marker, text.toString()));
                }
                out.add(new Paragraph(null, TIME_MARK + line));
                marker = null;
                text.setLength(0);
                stopped = false;
                continue;
            }
            Marker m = marker(line);
            boolean headingDone = marker != null && marker.level() <= 2 && text.length() <= 40 && !stopped;
            if (m != null || text.isEmpty() || headingDone) {
                if (!text.isEmpty()) {
                    out.add(new Paragraph(marker, text.toString()));
                }
                marker = m;
                text.setLength(0);
                text.append(m != null ? m.rest() : line);
                stopped = text.indexOf("。") >= 0;
            } else {
                // A labelled line ("牵头单位：…") keeps its own line, so the item's labels read apart.
                text.append(LABEL.matcher(line).lookingAt() ? "\n" : "").append(line);
                stopped = stopped || line.contains("。");
            }
        }
        if (!text.isEmpty()) {
            out.add(new Paragraph(marker, text.toString()));
        }
        return ordinalsApart(out);
    }

    /** "二是", "三是" where a sentence ends inside a paragraph: where the next of a run of ordinal items begins. */
    private static final Pattern NEXT_ORDINAL = Pattern.compile("(?<=[。；;])\\s*(?=[二三四五六七八九十]是[，,：:]?)");

    /**
     * "一是…。二是…。三是…" written as one paragraph is as many items as a list of them: a paragraph that is itself an
     * ordinal item is split where the next ordinal begins. Inside an item numbered otherwise ("1.…职责。一是…二是…") the
     * ordinals are that item's parts and stay in it.
     */
    private static List<Paragraph> ordinalsApart(List<Paragraph> paragraphs) {
        List<Paragraph> out = new ArrayList<>(paragraphs.size());
        for (Paragraph p : paragraphs) {
            if (p.marker() == null || !p.marker().number().equals("一是")) {
                out.add(p);
                continue;
            }
            String[] parts = NEXT_ORDINAL.split(p.text());
            out.add(new Paragraph(p.marker(), parts[0]));
            for (int i = 1; i < parts.length; i++) {
                Marker m = marker(parts[i]);
                out.add(m != null ? new Paragraph(m, m.rest()) : new Paragraph(p.marker(), parts[i]));
            }
        }
        return out;
    }

    /** Mutable while reading; frozen into the proposal's records. */
    private static final class Section {
        final int level;
        final String number;
        final String title;
        final List<Section> sections = new ArrayList<>();
        final List<Proposal.Task> tasks = new ArrayList<>();

        Section(int level, String number, String title) {
            this.level = level;
            this.number = number;
            this.title = title;
        }

        Proposal.Section freeze() {
            return new Proposal.Section(number, title, sections.stream().map(Section::freeze).toList(), List.copyOf(tasks));
        }
    }

    private static long countTasksWithDuties(Section s) {
        return s.tasks.stream().filter(t -> !t.responsible().isEmpty() || !t.lead().isEmpty()).count()
                + s.sections.stream().mapToLong(PlanParser::countTasksWithDuties).sum();
    }

    private static void dropVague(Section s) {
        s.tasks.removeIf(t -> t.responsible().isEmpty() && t.lead().isEmpty() && t.deadline() == null && t.quotas().isEmpty());
        s.sections.forEach(PlanParser::dropVague);
        s.sections.removeIf(c -> countTasks(c) == 0 && c.sections.isEmpty());
    }

    private static long countTasks(Section s) {
        return s.tasks.size() + s.sections.stream().mapToLong(PlanParser::countTasks).sum();
    }

    private List<Section> outline(List<Paragraph> paragraphs, int from, int to, List<List<String>> tables) {
        List<Section> roots = new ArrayList<>();
        List<Section> stack = new ArrayList<>();
        String time = null;
        for (int i = 0; i < paragraphs.size(); i++) {
            checkInterrupted();
            Paragraph p = paragraphs.get(i);
            if (p.marker() == null && p.text().startsWith(TABLE_MARK)) {
                List<Section> read = table(tables.get(Integer.parseInt(p.text().substring(TABLE_MARK.length()))), from, to);
                if (stack.isEmpty() || underGeneral(stack)) {
                    // A table of tasks is tasks wherever it stands, even after a letter's 工作要求.
                    roots.addAll(read);
                } else if (read.size() == 1 && read.get(0).level == 0) {
                    stack.get(stack.size() - 1).tasks.addAll(read.get(0).tasks);
                } else {
                    stack.get(stack.size() - 1).sections.addAll(read);
                }
                continue;
            }
            if (p.marker() == null && p.text().startsWith(TIME_MARK)) {
                // "3月" over items: the month they are done in, for those that name no time of their own.
                time = p.text().substring(TIME_MARK.length());
                continue;
            }
            if (p.marker() != null && p.marker().level() == 1) {
                time = null;
            }
            if (p.marker() == null && ATTACHMENT.matcher(p.text()).matches()) {
                // "附件" (or "附件1：…表") begins a document of its own: the letter's headings are not above it.
                stack.clear();
                continue;
            }
            if (p.marker() == null) {
                // Text under a heading is a task only when it says who does it or by when.
                if (!stack.isEmpty() && !underGeneral(stack) && !ROLES_ONLY.matcher(p.text()).lookingAt()
                        && (duties(p.text()).isPresent() || UnitPhrases.SUBJECT.matcher(p.text()).find())) {
                    stack.get(stack.size() - 1).tasks.add(task("", p.text(), from, to));
                }
                continue;
            }
            int level = p.marker().level();
            while (!stack.isEmpty() && stack.get(stack.size() - 1).level >= level) {
                stack.remove(stack.size() - 1);
            }
            Proposal.Task headed = !hasChildren(paragraphs, i) && isShortHeading(p.text()) && level <= 2 && !underGeneral(stack)
                    && !GENERAL.matcher(p.text().replaceAll("[。，,：:]", "")).matches() && onlyTextBeneath(paragraphs, i)
                    ? task(p.marker().number(), p.text() + "。" + paragraphs.get(i + 1).text(), from, to) : null;
            if (headed != null && names(headed)) {
                // "一、加强学会党建工作" over one paragraph saying who does what: the heading names the task, the paragraph
                // is its text. A paragraph that names nobody ("二、活动时间", "三、组织机构") is about the document, not a task.
                Proposal.Task t = headed;
                if (stack.isEmpty()) {
                    Section s = new Section(0, "", "正文");
                    roots.add(s);
                    stack.add(s);
                }
                stack.get(stack.size() - 1).tasks.add(t);
                i++;
                continue;
            }
            if (hasChildren(paragraphs, i) || stack.isEmpty() && level <= 2 && isShortHeading(p.text())) {
                Section s = new Section(level, p.marker().number(), title(p.text()));
                if (stack.isEmpty()) {
                    roots.add(s);
                } else {
                    stack.get(stack.size() - 1).sections.add(s);
                }
                stack.add(s);
            } else if (!underGeneral(stack)) {
                Proposal.Task t = timed(task(p.marker().number(), p.text(), from, to), time, from, to);
                if (stack.isEmpty()) {
                    Section s = new Section(0, "", "正文");
                    roots.add(s);
                    stack.add(s);
                }
                stack.get(stack.size() - 1).tasks.add(t);
            }
        }
        return roots;
    }

    /** A value with one closing bracket more than it opens loses it: "研究生院）" → "研究生院"; "村（社区）" stays. */
    private static String unclosed(String value) {
        String v = value.strip();
        long open = v.chars().filter(c -> c == '（').count();
        long close = v.chars().filter(c -> c == '）').count();
        return close > open && v.endsWith("）") ? v.substring(0, v.length() - 1) : v;
    }

    /** The task with the time of the heading it is under, when it names none itself. */
    private static Proposal.Task timed(Proposal.Task t, String time, int from, int to) {
        Proposal.Deadline d = t.deadline() == null && time != null ? DeadlinePhrases.latest(time, from, to) : null;
        return d == null ? t : new Proposal.Task(t.number(), t.title(), t.text(), t.lead(), t.responsible(), d, t.quotas());
    }

    private static boolean names(Proposal.Task t) {
        return !t.lead().isEmpty() || !t.responsible().isEmpty();
    }

    /** Whether one paragraph without a marker (not a table) follows, then a marker at this level or above, or the end. */
    private static boolean onlyTextBeneath(List<Paragraph> paragraphs, int i) {
        if (i + 1 >= paragraphs.size()) {
            return false;
        }
        Paragraph next = paragraphs.get(i + 1);
        if (next.marker() != null || next.text().startsWith(TABLE_MARK)) {
            return false;
        }
        return i + 2 >= paragraphs.size() || paragraphs.get(i + 2).marker() != null
                && paragraphs.get(i + 2).marker().level() <= paragraphs.get(i).marker().level();
    }

    private static boolean underGeneral(List<Section> stack) {
        return stack.stream().anyMatch(s -> GENERAL.matcher(s.title.replaceAll("[。，,：:]", "")).matches());
    }

    private static boolean isShortHeading(String text) {
        return text.length() <= 40 && !text.contains("。");
    }

    /** Whether a deeper marker follows before the next marker at this level or above. */
    private static boolean hasChildren(List<Paragraph> paragraphs, int i) {
        int level = paragraphs.get(i).marker().level();
        for (int j = i + 1; j < paragraphs.size(); j++) {
            Marker m = paragraphs.get(j).marker();
            if (m == null) {
                continue;
            }
            return m.level() > level;
        }
        return false;
    }

    private static String title(String text) {
        String t = text;
        Matcher duty = PARENS.matcher(t);
        if (duty.find() && DUTY.matcher(duty.group(1)).find()) {
            t = t.substring(0, duty.start());
        }
        int stop = indexOfAny(t, "。；：:");
        if (stop > 0 && stop <= MAX_TITLE) {
            t = t.substring(0, stop);
        } else if (t.length() > MAX_TITLE) {
            int comma = t.indexOf('，');
            t = comma > 0 && comma <= MAX_TITLE ? t.substring(0, comma) : t.substring(0, MAX_TITLE);
        }
        return t.replaceAll("[。；，,：:]+$", "").strip();
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private Proposal.Task task(String number, String text, int from, int to) {
        List<String> lead = new ArrayList<>();
        List<String> responsible = new ArrayList<>();
        // Labelled lines under the item say who and by when in so many words.
        String when = null;
        StringBuilder unlabelled = new StringBuilder();
        Matcher label = LABEL.matcher(text);
        int last = 0;
        while (label.find()) {
            unlabelled.append(text, last, label.start());
            last = label.end();
            String kind = label.group(1);
            // "（牵头单位：…；配合单位：…）" at an item's end: the bracket around the labels is not part of the names.
            String value = unclosed(label.group(2));
            if (kind.startsWith("牵头")) {
                lead.addAll(UnitPhrases.names(value));
            } else if (kind.endsWith("单位") || kind.endsWith("部门")) {
                responsible.addAll(UnitPhrases.names(value));
            } else {
                when = value;
            }
        }
        String body = last == 0 ? text : unlabelled.append(text.substring(last)).toString().strip();
        String titled = body;
        if (lead.isEmpty() && responsible.isEmpty()) {
            Optional<Matcher> duty = duties(body);
            if (duty.isPresent()) {
                UnitPhrases.readDuties(duty.get().group(1), lead, responsible);
                body = body.substring(0, duty.get().start());
            } else {
                Matcher subject = UnitPhrases.SUBJECT.matcher(body);
                if (subject.find()) {
                    responsible.add(subject.group(1));
                } else {
                    UnitPhrases.subjects(body, lead, responsible);
                }
            }
        }
        Proposal.Deadline deadline = when != null ? DeadlinePhrases.latest(when, from, to) : null;
        return new Proposal.Task(number, title(titled), text, lead, responsible,
                deadline != null ? deadline : DeadlinePhrases.latest(body, from, to), eachOf(quotas(body), responsible));
    }

    private static Optional<Matcher> duties(String text) {
        Matcher m = PARENS.matcher(text);
        return m.find() && DUTY.matcher(m.group(1)).find() ? Optional.of(m) : Optional.empty();
    }


    /**
     * "各科普教育基地…，每家单位接待参观不少于200人次": 每家单位 is each of the kind of unit the task is given to, when it is
     * given to one kind.
     */
    private static List<Proposal.Quota> eachOf(List<Proposal.Quota> quotas, List<String> responsible) {
        List<String> kinds = responsible.stream().filter(r -> r.startsWith("各")).toList();
        if (kinds.size() != 1 || quotas.stream().noneMatch(q -> q.subject().equals("单位"))) {
            return quotas;
        }
        String kind = kinds.get(0).substring(1);
        return quotas.stream().map(q -> q.subject().equals("单位")
                ? new Proposal.Quota(kind, q.comparator(), q.target(), q.unit(), q.text()) : q).toList();
    }

    /** The targets the text states, read with plan's one quota grammar ({@link QuotaPhrases}). */
    static List<Proposal.Quota> quotas(String text) {
        return QuotaPhrases.find(text).stream()
                .map(p -> new Proposal.Quota(p.subject(), p.comparator(), p.target(), p.unit(), p.text())).toList();
    }

    // ---- checklists as tables ----

    private List<Section> table(List<String> lines, int from, int to) {
        String[] header = lines.get(0).split("\t", -1);
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int c = 0; c < header.length; c++) {
            String h = header[c].replaceAll("\\s", "");
            columns.putIfAbsent(column(h), c);
        }
        // A 项目 column whose every row differs names each row's task, not a group of rows; its 内容 is what it asks.
        List<String> rows = lines.subList(1, lines.size()).stream().filter(l -> l.split("\t", -1).length >= 3 && !repeatsHeader(l)).toList();
        if (columns.containsKey("category") && rows.size() > 1 && rows.stream()
                .map(l -> cell(l.split("\t", -1), columns.get("category"))).filter(c -> !c.isBlank()).distinct().count() == rows.size()) {
            Integer named = columns.remove("category");
            Integer content = columns.remove("title");
            columns.put("title", named);
            if (content != null && !columns.containsKey("requirements")) {
                columns.put("requirements", content);
            }
        }
        List<Section> sections = new ArrayList<>();
        Section current = null;
        String aboveLead = "";
        for (String line : rows) {
            String[] cells = line.split("\t", -1);
            String category = cell(cells, columns.get("category"));
            if (!category.isBlank() && (current == null || !current.title.equals(category))) {
                current = new Section(1, Integer.toString(sections.size() + 1), category);
                sections.add(current);
            }
            if (current == null) {
                current = new Section(0, "", "工作任务");
                sections.add(current);
            }
            String title = cell(cells, columns.get("title"));
            String requirements = cell(cells, columns.get("requirements"));
            // A 备注 column holds limits and targets ("照片不超过5张"): read with what the row asks.
            String notes = cell(cells, columns.get("notes"));
            if (title.indexOf('，') > 0) {
                // One cell holds the task and what it asks: its first clause names the task, the whole cell is its text.
                requirements = requirements.isBlank() ? title : title + "；" + requirements;
                title = title.substring(0, title.indexOf('，'));
            }
            if (title.isBlank() && requirements.isBlank()) {
                continue;
            }
            List<String> lead = new ArrayList<>();
            List<String> responsible = new ArrayList<>();
            String duty = cell(cells, columns.get("responsible"));
            if (DUTY.matcher(duty).find()) {
                UnitPhrases.readDuties(duty, lead, responsible);
            } else {
                // A scanned table's cell holds OCR debris beside the names: keep what reads as a unit.
                UnitPhrases.names(duty).stream().filter(UnitPhrases::readsAsUnit).forEach(responsible::add);
            }
            // A lead cell merged over several rows in the Word table is written in its first row only.
            String leadCell = cell(cells, columns.get("lead"));
            if (leadCell.isBlank() && columns.containsKey("lead")) {
                leadCell = aboveLead;
            }
            aboveLead = leadCell;
            UnitPhrases.names(leadCell).stream().filter(UnitPhrases::readsAsUnit).forEach(lead::add);
            // 主办 leads where a 承办 column names who carries it out; alone, it is who does it.
            UnitPhrases.names(cell(cells, columns.get("host"))).stream().filter(UnitPhrases::readsAsUnit)
                    .forEach(columns.containsKey("support") ? lead::add : responsible::add);
            UnitPhrases.names(cell(cells, columns.get("support"))).stream().filter(UnitPhrases::readsAsUnit).forEach(responsible::add);
            String deadlineCell = cell(cells, columns.get("deadline"));
            Proposal.Deadline deadline = DeadlinePhrases.latest(deadlineCell.isBlank() ? requirements : deadlineCell, from, to);
            String text = String.join("\n", List.of(title, requirements).stream().filter(s -> !s.isBlank()).toList());
            String asked = (requirements.isBlank() ? title : requirements) + (notes.isBlank() ? "" : "；" + notes);
            current.tasks.add(new Proposal.Task(cell(cells, columns.get("number")), title.isBlank() ? title(requirements) : title,
                    text, lead, responsible, deadline, eachOf(quotas(asked), responsible)));
        }
        return sections;
    }

    private static String column(String header) {
        if (header.contains("序号")) {
            return "number";
        }
        if (header.contains("备注") || header.equals("说明") || header.contains("完成标志") || header.contains("目标要求")) {
            return "notes";
        }
        if (header.contains("时限") || header.contains("时间") || header.contains("日期") || header.equals("月份") || header.equals("季度")) {
            return "deadline";
        }
        if (header.contains("领导") || header.contains("地点") || header.contains("联系人") || header.contains("电话")) {
            return "other"; // a person, a place: not who does the task
        }
        if (header.contains("名称") || header.contains("事项")) {
            return "title";
        }
        if (header.contains("主办")) {
            return "host";
        }
        if (header.contains("承办")) {
            return "support";
        }
        if (header.contains("项目") || header.contains("类别") || header.contains("重点工作")) {
            return "category";
        }
        if (header.contains("要求") || header.contains("措施") || header.contains("目标") || header.contains("安排") || header.contains("形式")) {
            return "requirements";
        }
        if (header.contains("内容") || header.contains("任务") || header.contains("主题")) {
            return "title";
        }
        if (header.contains("牵头")) {
            return "lead";
        }
        if (header.contains("配合") || header.contains("协办") || header.contains("参与")) {
            return "support";
        }
        if (header.contains("责任") || header.contains("单位")) {
            return "responsible";
        }
        if (header.contains("时限") || header.contains("时间") || header.contains("日期")) {
            return "deadline";
        }
        return header;
    }

    private static String cell(String[] cells, Integer column) {
        return column == null || column >= cells.length ? "" : cells[column].strip();
    }

    private static Proposal fallback(String text, String notice) {
        String body = text.strip();
        Proposal.Task all = new Proposal.Task("", body.isEmpty() ? "（空）" : title(body), body, List.of(), List.of(), null, List.of());
        return new Proposal(null, null, null, null,
                List.of(new Proposal.Section("", "正文", List.of(), body.isEmpty() ? List.of() : List.of(all))), List.of(notice));
    }
}
