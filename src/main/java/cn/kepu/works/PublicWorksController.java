package cn.kepu.works;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.kepu.attachment.Attachment;
import cn.kepu.attachment.AttachmentKind;
import cn.kepu.attachment.Attachments;
import cn.kepu.attachment.Owner;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.RuleViolation;

/**
 * The citizens' pages, without an account: a call with its submission form, the award list in 公示, and the 作品库 of
 * awarded works. The templates are given only what the public may see — titles, authors, units, categories, years,
 * previews or links — never a phone (records, not entities).
 */
@Controller
class PublicWorksController {

    /** What the public sees of an awarded work. */
    public record Shown(long id, String title, String authors, String unit, String category, String award, int year,
            String callTitle, String link, Long fileId, boolean photo, String fileName) {
    }

    /** The public pages' header (the layout's, which otherwise speaks of 科普活动). */
    @ModelAttribute("publicHeading")
    String heading() {
        return "科普作品征集";
    }

    @ModelAttribute("publicLead")
    String lead() {
        return "科普创作大赛、科普讲解大赛作品征集，获奖名单公示和科普作品库";
    }

    private final WorkCatalog catalog;
    private final WorkSubmission submission;
    private final AwardList awardList;
    private final Attachments attachments;

    PublicWorksController(WorkCatalog catalog, WorkSubmission submission, AwardList awardList, Attachments attachments) {
        this.catalog = catalog;
        this.submission = submission;
        this.awardList = awardList;
        this.attachments = attachments;
    }

    @GetMapping("/public/work-calls")
    String calls(Model model) {
        model.addAttribute("open", catalog.openCalls());
        model.addAttribute("published", catalog.publishedCalls());
        return "works/public-calls";
    }

    @GetMapping("/public/work-calls/{id}")
    String call(@PathVariable long id, Model model) {
        return form(catalog.publicCall(id), new SubmissionForm(), model);
    }

    @PostMapping("/public/work-calls/{id}")
    String submit(@PathVariable long id, @ModelAttribute("form") SubmissionForm form,
            @RequestParam(name = "file", required = false) MultipartFile file, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        WorkCall call = catalog.publicCall(id);
        try {
            Work w = submission.submitPublicly(id, form, WorksController.upload(file), request.getRemoteAddr());
            redirect.addFlashAttribute("message", "已收到您的作品“" + w.getTitle() + "”（编号" + w.getId() + "），"
                    + call.getIssuer().getName() + "将进行形式审查，评审结果将在本页公示");
            return "redirect:/public/work-calls/" + id;
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return form(call, form, model);
        }
    }

    private String form(WorkCall call, SubmissionForm form, Model model) {
        model.addAttribute("call", call);
        model.addAttribute("form", form);
        model.addAttribute("open", call.acceptsOn(catalog.today()));
        model.addAttribute("publicPage", true);
        return "works/public-submit";
    }

    @GetMapping("/public/work-calls/{id}/awards")
    String awards(@PathVariable long id, Model model) {
        WorkCall call = catalog.publishedCall(id);
        model.addAttribute("call", call);
        model.addAttribute("works", shown(catalog.awarded(call)));
        return "works/public-awards";
    }

    @GetMapping("/public/work-calls/{id}/awards.docx")
    ResponseEntity<byte[]> awardList(@PathVariable long id) {
        WorkCall call = catalog.publishedCall(id);
        return WorksController.docx(call, awardList.write(call));
    }

    @GetMapping("/public/works")
    String library(@RequestParam(required = false) WorkCategory category, @RequestParam(required = false) Integer year, Model model) {
        List<Work> all = catalog.library();
        model.addAttribute("works", shown(all.stream().filter(w -> category == null || w.getCategory() == category)
                .filter(w -> year == null || w.getCall().getYear() == year).toList()));
        model.addAttribute("categories", WorkCategory.values());
        model.addAttribute("years", all.stream().map(w -> w.getCall().getYear()).distinct().toList());
        model.addAttribute("category", category);
        model.addAttribute("year", year);
        return "works/public-library";
    }

    @GetMapping("/public/works/{id}/file")
    ResponseEntity<Resource> file(@PathVariable long id) {
        Work w = catalog.libraryWork(id);
        Attachment a = attachments.of(new Owner(WorkSubmission.OWNER, w.getId())).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("文件"));
        return attachments.file(new Owner(WorkSubmission.OWNER, w.getId()), a.id()).opened();
    }

    @GetMapping("/public/works/{id}/thumbnail")
    ResponseEntity<Resource> thumbnail(@PathVariable long id) {
        Work w = catalog.libraryWork(id);
        Attachment a = attachments.of(new Owner(WorkSubmission.OWNER, w.getId()), AttachmentKind.PHOTO).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("缩略图"));
        return attachments.thumbnail(new Owner(WorkSubmission.OWNER, w.getId()), a.id()).opened();
    }

    private List<Shown> shown(List<Work> works) {
        var files = attachments.of(WorkSubmission.OWNER, works.stream().map(Work::getId).toList());
        return works.stream().map(w -> {
            Attachment a = files.getOrDefault(w.getId(), List.of()).stream().findFirst().orElse(null);
            return new Shown(w.getId(), w.getTitle(), w.getAuthors(), w.getAuthorUnit(), w.getCategory().label(),
                    w.getAward().label(), w.getCall().getYear(), w.getCall().getTitle(), w.getLink(), a == null ? null : a.id(),
                    a != null && a.kind() == AttachmentKind.PHOTO, a == null ? null : a.name());
        }).toList();
    }
}
