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

    public List<String> messages(List<RuleViolation> problems, String field) {
        return problems == null ? List.of()
                : problems.stream().filter(p -> field.equals(p.field())).map(RuleViolation::getMessage).toList();
    }
}
