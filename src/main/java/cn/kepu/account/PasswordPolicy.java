package cn.kepu.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Whether a new password is acceptable: long enough, from enough character classes, not the login name, and
 * none of the account's recent passwords. Also records each password set, for that last rule.
 */
@Component
class PasswordPolicy {

    private final SecurityPolicy.Password rules;
    private final UsedPasswords used;
    private final PasswordEncoder encoder;
    private final Clock clock;

    PasswordPolicy(SecurityPolicy policy, UsedPasswords used, PasswordEncoder encoder, Clock clock) {
        this.rules = policy.password();
        this.used = used;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** Chinese reasons the password is refused; empty when it is acceptable. */
    List<String> problems(String raw, String username, Long accountId) {
        List<String> problems = new ArrayList<>();
        if (raw == null || raw.length() < rules.minLength()) {
            problems.add("密码至少" + rules.minLength() + "位");
        }
        if (raw != null && classes(raw) < rules.minClasses()) {
            problems.add("密码须包含大写字母、小写字母、数字、特殊字符中的至少" + rules.minClasses() + "类");
        }
        if (raw != null && username != null && !username.isBlank()
                && raw.toLowerCase().contains(username.toLowerCase())) {
            problems.add("密码不能包含登录名");
        }
        if (raw != null && CommonPasswords.isCommon(raw)) {
            problems.add("密码过于常见，容易被猜到（常用密码表、键盘连续按键、姓氏拼音加生日、“woaini”“5201314”之类），请换一个");
        }
        if (raw != null && accountId != null && rules.history() > 0
                && used.findByAccountIdOrderByIdDesc(accountId, Limit.of(rules.history())).stream()
                        .anyMatch(u -> encoder.matches(raw, u.getPasswordHash()))) {
            problems.add("不能使用最近" + rules.history() + "次用过的密码");
        }
        return problems;
    }

    String hash(String raw) {
        return encoder.encode(raw);
    }

    void remember(Long accountId, String hash) {
        used.save(new UsedPassword(accountId, hash, clock.instant()));
    }

    String description() {
        return "至少" + rules.minLength() + "位，包含大写字母、小写字母、数字、特殊字符中的至少" + rules.minClasses()
                + "类，不含登录名，不是常见密码，不与最近" + rules.history() + "次的密码相同";
    }

    private static int classes(String raw) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (char c : raw.toCharArray()) {
            if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
