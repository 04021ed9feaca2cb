package cn.kepu.publicity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.kepu.attachment.Upload;
import cn.kepu.org.DataScope;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.StaleVersion;

/** 信息报送 pages: the list, the form, an item with its review, the 采用情况通报 and the office's points. */
@Controller
@RequestMapping("/news")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'REPORTER')")
class NewsController {

    static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final NewsDesk desk;
    private final NewsRanking ranking;
    private final NewsPoints points;
    private final DataScope scope;

    NewsController(NewsDesk desk, NewsRanking ranking, NewsPoints points, DataScope scope) {
        this.desk = desk;
        this.ranking = ranking;
        this.points = points;
        this.scope = scope;
    }

    @GetMapping
    String list(@RequestParam(required = false) NewsState state, @RequestParam(required = false) String period,
            @RequestParam(required = false) String title, @RequestParam(required = false) Long unitId,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Page<NewsItem> found = desk.search(new NewsDesk.Filter(state, unitId, period, title), page, 20);
        model.addAttribute("items", found);
        model.addAttribute("state", state);
        model.addAttribute("period", period);
        model.addAttribute("title", title);
        model.addAttribute("states", NewsState.values());
        model.addAttribute("waiting", desk.waitingForMe());
        model.addAttribute("thisMonth", ReportPeriod.month(desk.today().getYear(), desk.today().getMonthValue()).code());
        return "publicity/list";
    }

    @GetMapping("/new")
    String newItem(Model model) {
        NewsForm form = new NewsForm();
        scope.ownUnit().ifPresent(o -> form.setUnitId(o.getId()));
        return form(form, null, model);
    }

    @PostMapping
    String submit(@ModelAttribute("form") NewsForm form, @RequestParam(name = "photos", required = false) List<MultipartFile> files,
            Model model, RedirectAttributes redirect) throws IOException {
        try {
            NewsItem item = desk.submit(form, uploads(files));
            redirect.addFlashAttribute("message", "已报送“" + item.getTitle() + "”，等待上级科协审核");
            return "redirect:/news/" + item.getId();
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return form(form, null, model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        NewsItem item = desk.visible(id);
        model.addAttribute("item", item);
        model.addAttribute("photos", desk.photos(item));
        model.addAttribute("reviews", desk.reviews(item));
        model.addAttribute("changes", desk.changes(item));
        model.addAttribute("channels", Channel.values());
        model.addAttribute("points", desk.officePoints());
        return "publicity/item";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        NewsItem item = desk.visible(id);
        if (!desk.changes(item)) {
            throw new RuleViolation("已采用的信息不能修改；如需更正，请联系采用单位撤销采用");
        }
        return form(NewsForm.of(item), item, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") NewsForm form,
            @RequestParam(name = "photos", required = false) List<MultipartFile> files, Model model, RedirectAttributes redirect)
            throws IOException {
        NewsItem item = desk.visible(id);
        try {
            NewsItem saved = desk.update(id, form, uploads(files));
            redirect.addFlashAttribute("message", item.getState() == NewsState.RETURNED ? "已修改并重新报送" : "已保存修改");
            return "redirect:/news/" + saved.getId();
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return form(form, item, model);
        }
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        NewsItem item = desk.visible(id);
        desk.delete(id);
        redirect.addFlashAttribute("message", "已删除“" + item.getTitle() + "”");
        return "redirect:/news";
    }

    @PostMapping("/{id}/adopt")
    String adopt(@PathVariable long id, @RequestParam(name = "channels", required = false) List<Channel> channels,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return decided(id, redirect, () -> {
            NewsItem item = desk.adopt(id, channels == null ? List.of() : channels, version);
            return "已采用：" + item.usageText() + "，积分 " + item.getPoints().stripTrailingZeros().toPlainString();
        });
    }

    @PostMapping("/{id}/return")
    String giveBack(@PathVariable long id, @RequestParam(required = false) String reason,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return decided(id, redirect, () -> {
            desk.giveBack(id, reason, version);
            return "已退回报送单位";
        });
    }

    @PostMapping("/{id}/unadopt")
    String unadopt(@PathVariable long id, RedirectAttributes redirect) {
        return decided(id, redirect, () -> {
            desk.unadopt(id);
            return "已撤销采用，这条信息不再计入任务指标";
        });
    }

    private String decided(long id, RedirectAttributes redirect, java.util.function.Supplier<String> decision) {
        try {
            redirect.addFlashAttribute("message", decision.get());
        } catch (StaleVersion e) {
            redirect.addFlashAttribute("error", "这条信息刚被他人处理过，请查看最新状态后再操作");
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/news/" + id;
    }

    @GetMapping("/{id}/photos/{photo}")
    ResponseEntity<Resource> photo(@PathVariable long id, @PathVariable long photo, @RequestParam(defaultValue = "false") boolean thumbnail) {
        return desk.photo(id, photo, thumbnail).shown();
    }

    @PostMapping("/{id}/photos/{photo}/delete")
    String deletePhoto(@PathVariable long id, @PathVariable long photo, RedirectAttributes redirect) {
        try {
            desk.removePhoto(id, photo);
            redirect.addFlashAttribute("message", "已删除照片");
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/news/" + id;
    }

    @GetMapping("/ranking")
    String ranking(@RequestParam(required = false) String period, @RequestParam(defaultValue = "units") String by, Model model) {
        ReportPeriod p = period(period);
        boolean children = "children".equals(by);
        model.addAttribute("board", children ? ranking.ofChildren(p) : ranking.of(p));
        model.addAttribute("by", children ? "children" : "units");
        model.addAttribute("period", p);
        model.addAttribute("year", p.from().getYear());
        return "publicity/ranking";
    }

    @GetMapping("/ranking/bulletin")
    ResponseEntity<byte[]> bulletin(@RequestParam(required = false) String period, @RequestParam(defaultValue = "units") String by) {
        ReportPeriod p = period(period);
        return ResponseEntity.ok().contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(NewsRanking.title(p) + ".docx", java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(ranking.bulletin(p, "children".equals(by)));
    }

    private ReportPeriod period(String code) {
        return ReportPeriod.parse(code).orElseGet(() -> ReportPeriod.monthBefore(desk.today()));
    }

    @GetMapping("/points")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String pointsPage(Model model) {
        Map<Channel, String> typed = new EnumMap<>(Channel.class);
        desk.officePoints().forEach((c, p) -> typed.put(c, p.stripTrailingZeros().toPlainString()));
        return pointsForm(typed, model);
    }

    @PostMapping("/points")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String setPoints(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        Map<Channel, String> typed = new EnumMap<>(Channel.class);
        for (Channel c : Channel.values()) {
            typed.put(c, params.getOrDefault(c.name(), ""));
        }
        var office = scope.ownUnit();
        if (office.isEmpty()) {
            model.addAttribute("problems", List.of(new RuleViolation("系统管理员不属于任何单位，使用默认分值；请以科协工作人员身份设置本单位的赋分标准")));
            return pointsForm(typed, model);
        }
        try {
            points.set(office.get(), typed);
            redirect.addFlashAttribute("message", "已保存赋分标准，此后采用的信息按新标准计分");
            return "redirect:/news/points";
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return pointsForm(typed, model);
        }
    }

    private String pointsForm(Map<Channel, String> typed, Model model) {
        model.addAttribute("typed", typed);
        model.addAttribute("channels", Channel.values());
        model.addAttribute("office", scope.ownUnit().orElse(null));
        return "publicity/points";
    }

    private String form(NewsForm form, NewsItem editing, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("units", desk.submittingUnits());
        model.addAttribute("activities", desk.reportableActivities());
        model.addAttribute("photos", editing == null ? List.of() : desk.photos(editing));
        return "publicity/form";
    }

    private static List<Upload> uploads(List<MultipartFile> files) throws IOException {
        List<Upload> uploads = new ArrayList<>();
        if (files != null) {
            for (MultipartFile f : files) {
                if (!f.isEmpty()) {
                    uploads.add(Upload.of(f));
                }
            }
        }
        return uploads;
    }
}
