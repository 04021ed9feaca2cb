package cn.kepu.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collector;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Per-field precision and recall of the parser on the three development documents, against readings made by a
 * person (the fixtures beside the seeds). The printed table is the one reported in the issue; the assertions are
 * floors, so a change that makes the parser worse on any field fails here.
 */
class DevelopmentSetTests {

    final PlanParser parser = new PlanParser();

    /** One task as a person reads it: only the fields the fixture states (null = not stated by the reading). */
    record Expected(String key, Set<String> lead, Set<String> responsible, String deadline, Set<String> quotas) {
    }

    /** Hits, proposed and expected for one field, summed over tasks. */
    static final class Score {
        int hits;
        int proposed;
        int expected;

        void add(Set<String> got, Set<String> want) {
            proposed += got.size();
            expected += want.size();
            hits += (int) got.stream().filter(want::contains).count();
        }

        double precision() {
            return proposed == 0 ? 1 : (double) hits / proposed;
        }

        double recall() {
            return expected == 0 ? 1 : (double) hits / expected;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format("精确率 %3.0f%%（%d/%d） 召回率 %3.0f%%（%d/%d）", 100 * precision(), hits, proposed,
                    100 * recall(), hits, expected);
        }
    }

    Map<String, Score> measure(Proposal proposal, List<Expected> expected, Function<Proposal.Task, String> key) {
        Map<String, Score> scores = new LinkedHashMap<>();
        for (String field : List.of("任务", "牵头单位", "责任单位", "完成时限", "指标")) {
            scores.put(field, new Score());
        }
        Map<String, Proposal.Task> proposed = new LinkedHashMap<>();
        proposal.tasks().forEach(t -> proposed.putIfAbsent(key.apply(t), t));
        scores.get("任务").add(proposed.keySet(), expected.stream().map(Expected::key).collect(toSet()));
        Set<String> seen = new LinkedHashSet<>();
        for (Expected want : expected) {
            Optional<Proposal.Task> got = Optional.ofNullable(proposed.get(want.key()));
            seen.add(want.key());
            if (want.lead() != null) {
                scores.get("牵头单位").add(got.map(t -> names(t.lead())).orElse(Set.of()), want.lead());
            }
            scores.get("责任单位").add(got.map(t -> names(t.responsible())).orElse(Set.of()), want.responsible());
            scores.get("完成时限").add(got.map(DevelopmentSetTests::deadline).orElse(Set.of()),
                    want.deadline().isEmpty() ? Set.of() : Set.of(want.deadline()));
            if (want.quotas() != null) {
                scores.get("指标").add(got.map(DevelopmentSetTests::quotas).orElse(Set.of()), want.quotas());
            }
        }
        // Whatever the parser proposed for a task the reading does not have counts against its precision.
        proposed.forEach((k, t) -> {
            if (!seen.contains(k)) {
                scores.get("牵头单位").add(names(t.lead()), Set.of());
                scores.get("责任单位").add(names(t.responsible()), Set.of());
                scores.get("完成时限").add(deadline(t), Set.of());
                scores.get("指标").add(quotas(t), Set.of());
            }
        });
        return scores;
    }

    @Test
    @DisplayName("泰山区实施方案（提纲式）：各字段的精确率和召回率")
    void taishanLiteracyPlan() throws IOException {
        Map<String, Score> scores = measure(parser.parse(PlanParserTests.seed("taishan-literacy-plan-2021-2025.txt")),
                outline("taishan-literacy-plan-2021-2025.expected.tsv"), Proposal.Task::title);
        report("泰山区实施方案", scores);
        scores.values().forEach(s -> {
            assertThat(s.precision()).isGreaterThanOrEqualTo(0.95);
            assertThat(s.recall()).isGreaterThanOrEqualTo(0.95);
        });
    }

    @Test
    @DisplayName("泰安市科协工作方案（提纲式，“一是”条目）：各字段的精确率和召回率")
    void taianOpinionsWorkPlan() throws IOException {
        Map<String, Score> scores = measure(parser.parse(PlanParserTests.seed("taian-opinions-workplan.txt")),
                outline("taian-opinions-workplan.expected.tsv"), Proposal.Task::title);
        report("泰安市科协工作方案", scores);
        scores.values().forEach(s -> {
            assertThat(s.precision()).isGreaterThanOrEqualTo(0.95);
            assertThat(s.recall()).isGreaterThanOrEqualTo(0.95);
        });
    }

    @Test
    @DisplayName("2022年清单（扫描件文字，有识别错误）：任务、责任单位、完成时限对照人工读出的表格")
    void scannedChecklist() throws IOException {
        List<Expected> reading = new ArrayList<>();
        for (String[] cells : rows("/seeds/taian-2022-checklist.reading.tsv")) {
            // 〔推断〕 marks a reconstructed cell; 〔不详〕 an unreadable one, which no reader could name units from.
            String units = cells[4].replaceAll("〔推断〕", "").replaceAll(".*〔不详〕.*", "");
            reading.add(new Expected(cells[1], null, unitNames(units), cells[5], null));
        }
        Map<String, Score> scores = measure(parser.parse(PlanParserTests.seed("taian-2022-checklist.txt")), reading,
                Proposal.Task::number);
        report("2022年清单", scores);
        assertThat(scores.get("任务").recall()).isEqualTo(1.0);
        assertThat(scores.get("完成时限").recall()).isGreaterThanOrEqualTo(0.9);
        assertThat(scores.get("责任单位").precision()).isGreaterThanOrEqualTo(0.6);
        assertThat(scores.get("责任单位").recall()).isGreaterThanOrEqualTo(0.6);
    }

    /**
     * The documents written for #16 in forms the seeds do not use (intake/dev), and apart from them a held-out set
     * (intake/unseen) that is never tuned to: per document and for the whole set. The development set must reach the
     * issue's goal; the held-out set keeps its measured figures.
     */
    @Test
    @DisplayName("新写的开发集与留出集：逐份和合计的各字段精确率、召回率；开发集合计达到 #16 的目标，留出集不低于已达到的水平")
    void developmentAndHeldOutSets() throws IOException {
        Map<String, Score> dev = measureSet("dev");
        Map<String, Score> unseen = measureSet("unseen");
        goal(dev);
        floors(unseen, FLOORS_UNSEEN);
    }

    /**
     * Issue #16's goal, which the whole development set must reach: task recall ≥ 0.95 and precision ≥ 0.9, unit F1 ≥ 0.9,
     * deadlines right for ≥ 95% of those stated (and ≥ 95% of those proposed), quota F1 ≥ 0.9.
     */
    private static void goal(Map<String, Score> scores) {
        assertThat(scores.get("任务").recall()).as("任务 召回率").isGreaterThanOrEqualTo(0.95);
        assertThat(scores.get("任务").precision()).as("任务 精确率").isGreaterThanOrEqualTo(0.9);
        assertThat(scores.get("牵头单位").f1()).as("牵头单位 F1").isGreaterThanOrEqualTo(0.9);
        assertThat(scores.get("责任单位").f1()).as("责任单位 F1").isGreaterThanOrEqualTo(0.9);
        assertThat(scores.get("完成时限").recall()).as("完成时限 准确率").isGreaterThanOrEqualTo(0.95);
        assertThat(scores.get("完成时限").precision()).as("完成时限 精确率").isGreaterThanOrEqualTo(0.95);
        assertThat(scores.get("指标").f1()).as("指标 F1").isGreaterThanOrEqualTo(0.9);
    }

    /**
     * Field → {precision, recall} the held-out set keeps: its figures as last measured, below the goal, so a change can
     * only keep or improve what holds on documents nobody tuned to.
     */
    static final Map<String, double[]> FLOORS_UNSEEN = Map.of("任务", new double[] {0.97, 0.93}, "牵头单位", new double[] {0.96, 0.91},
            "责任单位", new double[] {0.91, 0.84}, "完成时限", new double[] {0.98, 0.94}, "指标", new double[] {0.92, 0.82});

    private static void floors(Map<String, Score> scores, Map<String, double[]> floors) {
        floors.forEach((field, floor) -> {
            assertThat(scores.get(field).precision()).as(field + " 精确率").isGreaterThanOrEqualTo(floor[0]);
            assertThat(scores.get(field).recall()).as(field + " 召回率").isGreaterThanOrEqualTo(floor[1]);
        });
    }

    private Map<String, Score> measureSet(String folder) throws IOException {
        Map<String, Score> total = new LinkedHashMap<>();
        List<String> names;
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of(
                java.net.URI.create(DevelopmentSetTests.class.getResource("/intake/" + folder).toString())))) {
            names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
        }
        for (String name : names) {
            String base = name.substring(0, name.length() - 4);
            String text;
            try (InputStream in = DevelopmentSetTests.class.getResourceAsStream("/intake/" + folder + "/" + name)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Proposal proposal = parser.parse(text);
            List<Expected> reading = outline(folder + "/" + base + ".expected.tsv");
            Map<String, Score> scores = measure(proposal, reading, Proposal.Task::title);
            report(folder + "/" + base, scores);
            // -Dintake.misses=true shows where the development set's reading and the parser differ — never the held-out
            // set's, which nobody may tune to.
            if (folder.equals("dev") && Boolean.getBoolean("intake.misses")) {
                misses(proposal, reading);
            }
            scores.forEach((field, score) -> {
                Score sum = total.computeIfAbsent(field, f -> new Score());
                sum.hits += score.hits;
                sum.proposed += score.proposed;
                sum.expected += score.expected;
            });
        }
        report("合计 " + folder + "（" + names.size() + "份）", total);
        return total;
    }

    private static void misses(Proposal proposal, List<Expected> reading) {
        Map<String, Proposal.Task> proposed = new LinkedHashMap<>();
        proposal.tasks().forEach(t -> proposed.putIfAbsent(t.title(), t));
        Set<String> wanted = reading.stream().map(Expected::key).collect(toSet());
        proposed.keySet().stream().filter(k -> !wanted.contains(k)).forEach(k -> System.out.println("    多出任务：" + k));
        for (Expected want : reading) {
            Proposal.Task got = proposed.get(want.key());
            if (got == null) {
                System.out.println("    缺少任务：" + want.key());
                continue;
            }
            String diff = "";
            if (want.lead() != null && !names(got.lead()).equals(want.lead())) {
                diff += " 牵头" + names(got.lead()) + "≠" + want.lead();
            }
            if (!names(got.responsible()).equals(want.responsible())) {
                diff += " 责任" + names(got.responsible()) + "≠" + want.responsible();
            }
            Set<String> deadline = want.deadline().isEmpty() ? Set.of() : Set.of(want.deadline());
            if (!deadline(got).equals(deadline)) {
                diff += " 时限" + deadline(got) + "≠" + deadline;
            }
            if (want.quotas() != null && !quotas(got).equals(want.quotas())) {
                diff += " 指标" + quotas(got) + "≠" + want.quotas();
            }
            if (!diff.isEmpty()) {
                System.out.println("    " + want.key() + "：" + diff);
            }
        }
    }

    private static void report(String document, Map<String, Score> scores) {
        StringBuilder out = new StringBuilder(document).append('\n');
        scores.forEach((field, score) -> out.append(String.format("  %-6s %s%n", field, score)));
        System.out.print(out);
    }

    private static List<Expected> outline(String fixture) throws IOException {
        List<Expected> expected = new ArrayList<>();
        for (String[] c : rows("/intake/" + fixture)) {
            expected.add(new Expected(c[2], unitNames(c[3]), unitNames(c[4]), c[5], split(c[6])));
        }
        return expected;
    }

    private static List<String[]> rows(String resource) throws IOException {
        try (InputStream in = DevelopmentSetTests.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).skip(1)
                    .map(l -> l.split("\t", -1)).toList();
        }
    }

    private static Set<String> split(String cell) {
        return cell.isBlank() ? Set.of() : new LinkedHashSet<>(List.of(cell.split("；")).stream().map(q -> party(q.split("\\|", 2)[0])
                + (q.contains("|") ? q.substring(q.indexOf('|')) : "")).toList());
    }

    private static Set<String> names(List<String> names) {
        return unitNames(String.join("、", names));
    }

    /** Names compared as a reader would: "各市级学会" and "市级学会" are one party; list punctuation varies. */
    static Set<String> unitNames(String text) {
        Set<String> names = new LinkedHashSet<>();
        for (String n : text.replace("县市区、功能区科协", "县市区（功能区）科协").split("[，、,；;]")) {
            String name = n.strip().replaceFirst("^各", "");
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    private static Set<String> deadline(Proposal.Task t) {
        return t.deadline() == null ? Set.of() : Set.of(t.deadline().text());
    }

    private static Set<String> quotas(Proposal.Task t) {
        return t.quotas().stream().map(q -> party(q.subject()) + "|" + q.comparator() + "|" + q.target().stripTrailingZeros().toPlainString()
                + "|" + q.unit()).collect(toSet());
    }

    /** A quota's party as a reader compares it: "各县市区" and "县市区" are one party, as for units. */
    private static String party(String subject) {
        return subject.replaceFirst("^各", "");
    }

    private static <T> Collector<T, ?, Set<T>> toSet() {
        return Collectors.toCollection(LinkedHashSet::new);
    }
}
