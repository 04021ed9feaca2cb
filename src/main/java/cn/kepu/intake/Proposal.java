package cn.kepu.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** What the parser proposes; the JSON of {@code POST /api/v1/intake/parse} and of {@code kepu intake FILE}. */
record Proposal(String title, String docNumber, String issuer, Period period, List<Section> sections,
        List<String> notices) {

    public record Period(LocalDate start, LocalDate end) {
    }

    public record Section(String number, String title, List<Section> sections, List<Task> tasks) {
    }

    public record Task(String number, String title, String text, List<String> lead, List<String> responsible,
            Deadline deadline, List<Quota> quotas) {
    }

    public record Deadline(String text, LocalDate start, LocalDate end) {
    }

    public record Quota(String subject, String comparator, BigDecimal target, String unit, String text) {
    }

    /** Every task, depth first. */
    public List<Task> tasks() {
        return sections.stream().flatMap(Proposal::tasksOf).toList();
    }

    private static Stream<Task> tasksOf(Section s) {
        return Stream.concat(s.tasks().stream(), s.sections().stream().flatMap(Proposal::tasksOf));
    }
}
