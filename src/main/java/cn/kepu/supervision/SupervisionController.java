package cn.kepu.supervision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.core.io.Resource;
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
import cn.kepu.org.Organization;
import cn.kepu.plan.LaggingAssignments;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.RuleViolation;

/** 督办 pages: the notices one may see, sending one (also from an overdue task), replying, deciding, the 通报. */
@Controller
@RequestMapping("/supervision-notices")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'REPORTER')")
class SupervisionController {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final NoticeCatalog catalog;
    private final NoticeSending sending;
    private final NoticeReplying replying;
    private final NoticeDecision decision;
    private final SupervisionBulletin bulletin;
    private final LaggingAssignments lagging;

    SupervisionController(NoticeCatalog catalog, NoticeSending sending, NoticeReplying replying, NoticeDecision decision,
            SupervisionBulletin bulletin, LaggingAssignments lagging) {
        this.catalog = catalog;
        this.sending = sending;
        this.replying = replying;
        this.decision = decision;
        this.bulletin = bulletin;
        this.lagging = lagging;
    }

    @GetMapping
    String list(@RequestParam(required = false) NoticeState state, @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) String box, @RequestParam(required = false) Long laggingUnitId, Model model) {
        model.addAttribute("notices", catalog.list(new NoticeCatalog.Filter(state, overdue, box)));
        model.addAttribute("today", catalog.today());
        model.addAttribute("state", state);
        model.addAttribute("overdue", overdue);
        model.addAttribute("box", box);
        model.addAttribute("states", NoticeState.values());
        Optional<Organization> issuer = catalog.issuer();
        model.addAttribute("issuer", issuer.orElse(null));
        List<LaggingAssignments.Lagging> late = issuer.map(lagging::beneath).orElse(List.of());
        model.addAttribute("laggingUnits", late.stream().collect(java.util.stream.Collectors.toMap(
                LaggingAssignments.Lagging::organizationId, LaggingAssignments.Lagging::organizationName, (a, b) -> a,
                java.util.TreeMap::new)));
        model.addAttribute("laggingUnitId", laggingUnitId);
        model.addAttribute("lagging", laggingUnitId == null ? late
                : late.stream().filter(l -> l.organizationId() == laggingUnitId).toList());
        model.addAttribute("soon", LaggingAssignments.SOON);
        int year = catalog.today().getYear();
        model.addAttribute("bulletinFrom", LocalDate.of(year, 1, 1));
        model.addAttribute("bulletinTo", catalog.today());
        return "supervision/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String newNotice(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Long assignmentId, Model model) {
        return form(sending.newForm(unitId, assignmentId), model);
    }

    /** The task checkboxes for another unit, when the form's unit changes. */
    @GetMapping("/task-choices")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String taskChoices(@RequestParam(required = false) Long unitId, Model model) {
        NoticeForm form = new NoticeForm();
        form.setUnitId(unitId);
        model.addAttribute("form", form);
        model.addAttribute("choices", sending.choices(issuer(), unitId));
        return "supervision/form :: task-box";
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String send(@ModelAttribute("form") NoticeForm form, Model model, RedirectAttributes redirect) {
        try {
            SupervisionNotice n = sending.send(form);
            redirect.addFlashAttribute("message", "已向" + n.getUnit().getName() + "发出督办单" + n.getNumber());
            return "redirect:/supervision-notices/" + n.getId();
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return form(form, model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return page(catalog.notice(id), new ReplyForm(), null, model);
    }

    @PostMapping("/{id}/reply")
    String reply(@PathVariable long id, @ModelAttribute("reply") ReplyForm form,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model, RedirectAttributes redirect) {
        List<Upload> uploads = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            // A file input left empty still sends one part without a name.
            if (!file.isEmpty() || file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()) {
                uploads.add(Upload.of(file));
            }
        }
        try {
            replying.reply(id, form, uploads);
            redirect.addFlashAttribute("message", "已回复，等待督办单位审核");
            return "redirect:/supervision-notices/" + id;
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return page(catalog.notice(id), form, null, model);
        }
    }

    @PostMapping("/{id}/accept")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String accept(@PathVariable long id, Model model, RedirectAttributes redirect) {
        try {
            decision.accept(id);
            redirect.addFlashAttribute("message", "已办结");
            return "redirect:/supervision-notices/" + id;
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return page(catalog.notice(id), new ReplyForm(), null, model);
        }
    }

    @PostMapping("/{id}/return")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String giveBack(@PathVariable long id, @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        try {
            decision.giveBack(id, reason);
            redirect.addFlashAttribute("message", "已退回，等待重新回复");
            return "redirect:/supervision-notices/" + id;
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return page(catalog.notice(id), new ReplyForm(), reason, model);
        }
    }

    @GetMapping("/{id}/replies/{reply}/files/{file}")
    ResponseEntity<Resource> file(@PathVariable long id, @PathVariable long reply, @PathVariable long file) {
        return catalog.file(id, reply, file).opened();
    }

    @GetMapping("/bulletin")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    ResponseEntity<byte[]> bulletin(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String docNumber) throws IOException {
        byte[] content = bulletin.write(from, to, docNumber);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(SupervisionBulletin.title(from, to) + ".docx", StandardCharsets.UTF_8).build().toString())
                .contentType(DOCX).body(content);
    }

    private Organization issuer() {
        return catalog.issuer().orElseThrow(() -> new NotFoundException("督办单位"));
    }

    private String form(NoticeForm form, Model model) {
        Organization issuer = issuer();
        model.addAttribute("form", form);
        model.addAttribute("issuer", issuer);
        model.addAttribute("units", catalog.recipients(issuer));
        model.addAttribute("choices", sending.choices(issuer, form.getUnitId()));
        return "supervision/form";
    }

    private String page(SupervisionNotice notice, ReplyForm reply, String reason, Model model) {
        model.addAttribute("notice", notice);
        model.addAttribute("today", catalog.today());
        model.addAttribute("files", catalog.files(notice));
        model.addAttribute("reply", reply);
        model.addAttribute("reason", reason);
        model.addAttribute("canReply", catalog.repliesTo(notice) && notice.getState().awaitsReply());
        model.addAttribute("canDecide", catalog.decidesOn(notice) && notice.getState() == NoticeState.REPLIED);
        return "supervision/show";
    }
}
