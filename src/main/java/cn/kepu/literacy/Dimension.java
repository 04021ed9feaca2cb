package cn.kepu.literacy;

/** What a breakdown of a rate divides the public by, as the national survey reports it. */
public enum Dimension {
    GENDER("性别"),
    AGE("年龄段"),
    AREA("城乡"),
    EDUCATION("文化程度"),
    GROUP("重点人群");

    private final String label;

    Dimension(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Dimension labelled(String label) {
        for (Dimension d : values()) {
            if (d.label.equals(label) || d.name().equals(label)) {
                return d;
            }
        }
        return null;
    }
}
