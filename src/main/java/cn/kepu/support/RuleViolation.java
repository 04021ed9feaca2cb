package cn.kepu.support;

import java.util.List;

/**
 * A user's request breaks a rule of the domain; the message is Chinese and meant for that user. {@code field}
 * names the form field it belongs to, when there is one. Several at once travel together, so a form shows
 * every problem in one round.
 */
public class RuleViolation extends RuntimeException {

    private final String field;
    private final List<RuleViolation> problems;

    public RuleViolation(String field, String message) {
        super(message);
        this.field = field;
        this.problems = List.of(this);
    }

    public RuleViolation(String message) {
        this(null, message);
    }

    private RuleViolation(List<RuleViolation> problems) {
        super(problems.get(0).getMessage());
        this.field = problems.get(0).field;
        this.problems = List.copyOf(problems);
    }

    /** Throws all problems as one, if there are any. */
    public static void throwIfAny(List<RuleViolation> problems) {
        if (!problems.isEmpty()) {
            throw problems.size() == 1 ? problems.get(0) : new RuleViolation(problems);
        }
    }

    public String field() {
        return field;
    }

    public List<RuleViolation> problems() {
        return problems;
    }
}
