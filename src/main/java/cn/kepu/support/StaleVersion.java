package cn.kepu.support;

/**
 * Someone saved the record after this edit began. A form shows it with everything typed kept and takes the current
 * version, so saving again overwrites knowingly; the API answers 409 with the current values.
 */
public class StaleVersion extends RuleViolation {

    private final long id;
    private final long currentVersion;

    StaleVersion(long id, long currentVersion, String what) {
        super("version", what + "已被他人修改（现在是第" + currentVersion + "版），您的修改没有保存。请核对最新内容："
                + "再次保存会以您填写的内容为准，或载入最新内容后重新修改");
        this.id = id;
        this.currentVersion = currentVersion;
    }

    public long id() {
        return id;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
