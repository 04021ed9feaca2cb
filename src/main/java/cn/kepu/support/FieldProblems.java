package cn.kepu.support;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * For templates ({@code ${@fields.invalid(problems, 'title')}}): whether a field has a problem among those a use case
 * threw, and its messages — one expression instead of a selection written out in every form.
 */
@Component("fields")
public class FieldProblems {

    /** "is-invalid" when the field has a problem, for {@code th:classappend}; otherwise nothing. */
    public String invalid(List<RuleViolation> problems, String field) {
        return messages(problems, field).isEmpty() ? null : "is-invalid";
    }

    /**
     * The version a form sends next: the current one when its save met a newer version (the person has now seen it,
     * and saving again is a choice), otherwise the one it was opened with.
     */
    public Long version(List<RuleViolation> problems, Long opened) {
        return problems == null ? opened : problems.stream().filter(StaleVersion.class::isInstance)
                .map(p -> ((StaleVersion) p).currentVersion()).findFirst().orElse(opened);
    }

    /** Whether a save met a newer version, so the page offers to load it. */
    public boolean stale(List<RuleViolation> problems) {
        return problems != null && problems.stream().anyMatch(StaleVersion.class::isInstance);
    }

    public List<String> messages(List<RuleViolation> problems, String field) {
        return problems == null ? List.of()
                : problems.stream().filter(p -> field.equals(p.field())).map(RuleViolation::getMessage).toList();
    }
}
