package cn.kepu.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;
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
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.kepu.attachment.Upload;
import cn.kepu.support.RuleViolation;

/** One unit's 考核表: the unit assesses itself on it, the issuer scores it. */
@Controller
@RequestMapping("/assessments/{id}")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'REPORTER')")
class UnitSheetController {

    private final UnitSheets sheets;

    UnitSheetController(UnitSheets sheets) {
        this.sheets = sheets;
    }

    @GetMapping("/units/{unitId}")
    String sheet(@PathVariable long id, @PathVariable long unitId, Model model) {
        UnitSheets.Sheet sheet = sheets.sheet(id, unitId);
        model.addAttribute("sheet", sheet);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", SheetForm.of(sheet));
        }
        return "assessments/unit";
    }

    @PostMapping("/units/{unitId}/self")
    String assessSelf(@PathVariable long id, @PathVariable long unitId, @ModelAttribute("form") SheetForm form,
            @RequestParam(defaultValue = "false") boolean submit, MultipartHttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        Map<Long, List<Upload>> files = new HashMap<>();
        request.getMultiFileMap().forEach((name, parts) -> {
            if (name.startsWith("files-")) {
                List<Upload> uploads = parts.stream().filter(p -> !p.isEmpty()).map(Upload::of).toList();
                if (!uploads.isEmpty()) {
                    files.put(Long.parseLong(name.substring("files-".length())), uploads);
                }
            }
        });
        try {
            sheets.assessSelf(id, form.getPoints(), form.getNotes(), files, submit);
            redirect.addFlashAttribute("message", submit ? "自评已提交" : "自评已保存，可继续修改，完成后请提交");
            return "redirect:/assessments/" + id + "/units/" + unitId;
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return sheet(id, unitId, model);
        }
    }

    @PostMapping("/units/{unitId}/scores")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String score(@PathVariable long id, @PathVariable long unitId, @ModelAttribute("form") SheetForm form, Model model,
            RedirectAttributes redirect) {
        try {
            sheets.score(id, unitId, form.getGiven(), form.getAdjusted(), form.getReasons());
            redirect.addFlashAttribute("message", "评分已保存");
            return "redirect:/assessments/" + id + "/units/" + unitId;
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return sheet(id, unitId, model);
        }
    }

    @GetMapping("/units/{unitId}/evidence/{entryId}/{fileId}")
    ResponseEntity<Resource> evidence(@PathVariable long id, @PathVariable long unitId, @PathVariable long entryId,
            @PathVariable long fileId) {
        return sheets.evidence(id, unitId, entryId, fileId).opened();
    }
}
