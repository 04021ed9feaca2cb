package cn.kepu.audit;

import java.util.Objects;
import java.util.StringJoiner;

/** The before/after summary of an update: only the fields that changed, as {@code 名称：A → B}. */
public final class Changes {

    private final StringJoiner text = new StringJoiner("；");

    public Changes field(String label, Object before, Object after) {
        if (!Objects.equals(blankToNull(before), blankToNull(after))) {
            text.add(label + "：" + show(before) + " → " + show(after));
        }
        return this;
    }

    public boolean isEmpty() {
        return text.length() == 0;
    }

    @Override
    public String toString() {
        return isEmpty() ? "无变化" : text.toString();
    }

    private static Object blankToNull(Object value) {
        return value instanceof String s && s.isBlank() ? null : value;
    }

    private static String show(Object value) {
        Object v = blankToNull(value);
        return v == null ? "（空）" : v.toString();
    }
}
