package cn.kepu.statistics;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.kepu.org.DataScope;
import cn.kepu.org.Organization;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.XlsxDownload;

/** 科普统计 pages: the year's units and their forms, a unit's form, the roll-up with 人均科普经费, the .xlsx. */
@Controller
@RequestMapping("/statistics")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'REPORTER')")
class StatisticsController {

    static final int PAGE = 50;

    private final StatisticsWork work;
    private final StatisticsSheet sheet;
    private final StatisticsBulletin bulletin;
    private final DataScope scope;

    StatisticsController(StatisticsWork work, StatisticsSheet sheet, StatisticsBulletin bulletin, DataScope scope) {
        this.work = work;
        this.sheet = sheet;
        this.bulletin = bulletin;
        this.scope = scope;
    }

    @GetMapping
    String units(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page, Model model) {
        int shown = year == null ? work.thisYear() - 1 : year;
        List<StatisticsWork.UnitState> units = work.units(shown);
        // A province or the country lists thousands of units: a page at a time, with how many have submitted.
        int pages = Math.max(1, (units.size() + PAGE - 1) / PAGE);
        int number = Math.min(Math.max(page, 0), pages - 1);
        model.addAttribute("year", shown);
        model.addAttribute("thisYear", work.thisYear());
        model.addAttribute("units", units.subList(number * PAGE, Math.min(units.size(), (number + 1) * PAGE)));
        model.addAttribute("number", number);
        model.addAttribute("pages", pages);
        model.addAttribute("summary", "共" + units.size() + "个科协，已上报" + units.stream()
                .filter(u -> u.form() != null && u.form().getState() == StatisticsForm.State.SUBMITTED).count() + "个");
        model.addAttribute("own", scope.ownUnit().orElse(null));
        return "statistics/units";
    }

    @GetMapping("/{year}/units/{unitId}")
    String form(@PathVariable int year, @PathVariable long unitId, Model model) {
        return page(work.sheet(unitId, year), Map.of(), Map.of(), model);
    }

    @PostMapping("/{year}/units/{unitId}")
    String save(@PathVariable int year, @PathVariable long unitId, @RequestParam Map<String, String> params,
            @RequestParam(required = false) Long version, @RequestParam(defaultValue = "save") String action, Model model,
            RedirectAttributes redirect) {
        Map<StatisticsItem, String> typed = new EnumMap<>(StatisticsItem.class);
        Map<StatisticsItem, String> notes = new EnumMap<>(StatisticsItem.class);
        for (StatisticsItem item : StatisticsItem.values()) {
            typed.put(item, params.get(StatisticsWork.field(item)));
            notes.put(item, params.get("n_" + item.name()));
        }
        try {
            StatisticsForm form = "submit".equals(action) ? work.submit(unitId, year, typed, notes, version)
                    : work.save(unitId, year, typed, notes, version);
            redirect.addFlashAttribute("message", form.getUnit().getName() + year + "年科普统计" + ("submit".equals(action) ? "已上报" : "已保存"));
            return "redirect:/statistics/" + year + "/units/" + unitId;
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return page(work.sheet(unitId, year), typed, notes, model);
        }
    }

    @PostMapping("/{year}/units/{unitId}/return")
    String returnForChanges(@PathVariable int year, @PathVariable long unitId, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            work.returnForChanges(unitId, year, reason);
            redirect.addFlashAttribute("message", "已退回，填报单位修改后可重新上报");
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/statistics/" + year + "/units/" + unitId;
    }

    private String page(StatisticsWork.Sheet sheet, Map<StatisticsItem, String> typed, Map<StatisticsItem, String> notes, Model model) {
        model.addAttribute("sheet", sheet);
        model.addAttribute("tables", StatisticsTable.values());
        model.addAttribute("typed", typed);
        model.addAttribute("notes", notes);
        model.addAttribute("mayReturn", sheet.form() != null && sheet.form().getState() == StatisticsForm.State.SUBMITTED
                && work.returnsFormsOf(sheet.unit()));
        return "statistics/form";
    }

    @GetMapping("/{year}/summary")
    String summary(@PathVariable int year, @RequestParam(required = false) Long unitId, Model model) {
        long unit = unitId != null ? unitId : scope.ownUnit().map(Organization::getId)
                .orElseThrow(() -> new RuleViolation("unitId", "请选择单位"));
        model.addAttribute("rollUp", work.rollUp(unit, year));
        model.addAttribute("tables", StatisticsTable.values());
        return "statistics/summary";
    }

    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    @GetMapping("/{year}/bulletin")
    ResponseEntity<byte[]> bulletin(@PathVariable int year, @RequestParam long unitId) {
        StatisticsWork.RollUp rollUp = work.rollUp(unitId, year);
        byte[] content = bulletin.write(unitId, year);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(StatisticsBulletin.title(cn.kepu.literacy.LiteracyRate.regionName(rollUp.total().unit()), year) + ".docx",
                                StandardCharsets.UTF_8).build().toString())
                .contentType(DOCX).body(content);
    }

    @GetMapping("/{year}/export")
    ResponseEntity<byte[]> export(@PathVariable int year, @RequestParam long unitId) {
        StatisticsWork.RollUp rollUp = work.rollUp(unitId, year);
        return XlsxDownload.of(rollUp.total().unit().getName() + year + "年科普统计.xlsx", sheet.export(unitId, year));
    }
}
