package cn.kepu.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Passwords that are guessed first: the 49,233 most common ones (resources/security/common-passwords.txt), those
 * with one to three digits or symbols tacked on ("Password1", "Qwerty123!"), keyboard walks ("1qaz2wsx", "asdfgh"),
 * a surname in pinyin with a birthday or a year ("zhangwei19880808", "Wang1990"), and the love numbers people choose
 * ("woaini", "5201314").
 */
final class CommonPasswords {

    private static final Set<String> LIST = load();
    private static final List<String> KEYBOARD = List.of("1234567890", "0987654321", "qwertyuiop", "asdfghjkl", "zxcvbnm",
            "1qaz2wsx3edc4rfv5tgb6yhn", "qazwsxedcrfvtgbyhn", "1q2w3e4r5t6y7u8i9o0p", "zaq1xsw2cde3vfr4", "qweasdzxc",
            "147258369", "159753", "741852963", "asdfghjkl;'", "poiuytrewq");
    /** 19880808, 880808: a date as people type their birthday. */
    private static final String BIRTHDAY = "((19|20)?\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01]))";
    /** A surname in pinyin with a given name and a birthday ("zhangwei19880808"), or just with a year ("wang1990"). */
    private static final Pattern PINYIN_BIRTHDAY = Pattern.compile("^(wang|li|zhang|liu|chen|yang|zhao|huang|zhou|wu|xu|sun"
            + "|hu|zhu|gao|lin|he|guo|ma|luo|liang|song|zheng|xie|han|tang|feng|yu|dong|xiao|cheng|cao|yuan|deng|fu|shen"
            + "|zeng|peng|lv|lu|su|jiang|cai|jia|ding|wei|xue|ye|yan|pan|du|dai|xia|zhong|tian|ren|jiang|fan|fang|shi|yao"
            + "|tan|liao|zou|xiong|jin|hao|kong|bai|cui|kang|mao|qiu|qin|gu|hou|shao|meng|long|wan|duan|lei|qian|tang|yin"
            + "|yi|chang|qiao|lai|gong|wen)(([a-z]{0,8}" + BIRTHDAY + ")|(\\d{2,4}))$");
    private static final Pattern LOVE = Pattern.compile(".*(woaini|5201314|1314520|520520|aini1314|iloveyou).*");

    private CommonPasswords() {
    }

    static boolean isCommon(String raw) {
        String lower = raw.toLowerCase();
        String bare = lower.replaceAll("[^a-z0-9]", "");
        return LIST.contains(lower) || LIST.contains(lower.replaceFirst("[^a-z]{1,3}$", ""))
                || bare.length() >= 6 && KEYBOARD.stream().anyMatch(row -> row.contains(bare))
                || PINYIN_BIRTHDAY.matcher(bare).matches() || LOVE.matcher(bare).matches();
    }

    static int size() {
        return LIST.size();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(65_536);
        try (InputStream in = CommonPasswords.class.getResourceAsStream("/security/common-passwords.txt");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> words.add(l.strip().toLowerCase()));
        } catch (IOException e) {
            throw new UncheckedIOException("The common-password list is part of the application and must be readable", e);
        }
        return words;
    }
}
