package cn.kepu.works;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.kepu.support.OfficialDocument;

/**
 * 获奖名单 (.docx): by category, then award, each work's title, authors and unit — never a phone — as an office prints
 * it ({@link OfficialDocument}: a centred title, a table per category).
 */
@Component
class AwardList {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    static final List<String> COLUMNS = List.of("序号", "奖项", "作品名称", "作者", "作者单位");

    private final WorkCatalog catalog;
    private final Clock clock;

    AwardList(WorkCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    byte[] write(WorkCall call) {
        List<Work> awarded = catalog.awarded(call);
        OfficialDocument doc = OfficialDocument.titled(call.getTitle() + "获奖名单")
                .subtitle(call.getIssuer().getName() + "　" + DAY.format(LocalDate.now(clock)))
                .body("经形式审查和专家评审，评出获奖作品" + awarded.size() + "件，名单如下。");
        for (CallCategory c : call.getCategories()) {
            List<Work> of = awarded.stream().filter(w -> w.getCategory() == c.getCategory()).toList();
            if (of.isEmpty()) {
                continue;
            }
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < of.size(); i++) {
                Work w = of.get(i);
                rows.add(List.of(String.valueOf(i + 1), w.getAward().label(), w.getTitle(), w.getAuthors(), w.getAuthorUnit()));
            }
            doc.heading(c.getCategory().label() + "类（" + of.size() + "件）").table(COLUMNS, rows);
        }
        return doc.bytes();
    }
}
