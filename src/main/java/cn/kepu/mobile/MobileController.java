package cn.kepu.mobile;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;
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
import cn.kepu.support.RuleViolation;

/**
 * 流动科普 pages: resources and visits (filtered, paged), the resource and visit forms, a visit with its completion form
 * and photos, and the townships a year reached. Everyone reads within their scope and a 填报员 may record a visit as
 * done; resources and the schedule are kept by staff.
 */
@Controller
@RequestMapping("/mobile")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'REPORTER')")
class MobileController {

    static final String MANAGE = "hasAnyRole('SYSTEM_ADMIN', 'STAFF')";

    private final MobileSchedule schedule;
    private final TownshipCoverage coverage;

    MobileController(MobileSchedule schedule, TownshipCoverage coverage) {
        this.coverage = coverage;
        this.schedule = schedule;
    }

    @GetMapping
    String index(@RequestParam(required = false) Integer year, @RequestParam(required = false) String state,
            @RequestParam(required = false) Long resourceId, @RequestParam(required = false) String placeKind,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "0") int page, Model model) {
        MobileSchedule.VisitFilter filter = new MobileSchedule.VisitFilter(year, VisitState.read(state).orElse(null), resourceId,
                PlaceKind.read(placeKind).orElse(null), q, overdue);
        Page<MobileVisit> visits = schedule.visits(filter, page);
        model.addAttribute("filter", filter);
        model.addAttribute("visits", visits);
        List<MobileResource> resources = schedule.resources();
        model.addAttribute("resources", resources);
        model.addAttribute("completed", schedule.completedThisYear(resources));
        model.addAttribute("states", VisitState.values());
        model.addAttribute("placeKinds", PlaceKind.values());
        model.addAttribute("today", schedule.today());
        model.addAttribute("thisYear", schedule.today().getYear());
        return "mobile/index";
    }

    // ---- resources ----

    @GetMapping("/resources/new")
    @PreAuthorize(MANAGE)
    String newResource(Model model) {
        ResourceForm form = new ResourceForm();
        form.setKind(ResourceKind.VEHICLE.name());
        List<Organization> owners = schedule.owners();
        if (owners.size() == 1) {
            form.setOrganizationId(owners.get(0).getId());
        }
        return resourceForm(form, null, model);
    }

    @PostMapping("/resources")
    @PreAuthorize(MANAGE)
    String createResource(@ModelAttribute("form") ResourceForm form, Model model, RedirectAttributes redirect) {
        try {
            MobileResource r = schedule.createResource(form);
            redirect.addFlashAttribute("message", "已登记" + r.getKind().label() + "“" + r.getName() + "”");
            return "redirect:/mobile";
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return resourceForm(form, null, model);
        }
    }

    @GetMapping("/resources/{id}/edit")
    @PreAuthorize(MANAGE)
    String editResource(@PathVariable long id, Model model) {
        MobileResource r = schedule.resource(id);
        return resourceForm(ResourceForm.of(r), r, model);
    }

    @PostMapping("/resources/{id}")
    @PreAuthorize(MANAGE)
    String updateResource(@PathVariable long id, @ModelAttribute("form") ResourceForm form, Model model, RedirectAttributes redirect) {
        MobileResource r = schedule.resource(id);
        try {
            schedule.updateResource(id, form);
            redirect.addFlashAttribute("message", "已保存“" + form.getName().strip() + "”");
            return "redirect:/mobile";
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return resourceForm(form, r, model);
        }
    }

    @PostMapping("/resources/{id}/delete")
    @PreAuthorize(MANAGE)
    String deleteResource(@PathVariable long id, RedirectAttributes redirect) {
        MobileResource r = schedule.resource(id);
        try {
            schedule.deleteResource(id);
            redirect.addFlashAttribute("message", "已删除“" + r.getName() + "”");
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/mobile";
    }

    private String resourceForm(ResourceForm form, MobileResource editing, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("owners", schedule.owners());
        model.addAttribute("kinds", ResourceKind.values());
        return "mobile/resource-form";
    }

    // ---- visits ----

    @GetMapping("/visits/new")
    @PreAuthorize(MANAGE)
    String newVisit(@RequestParam(required = false) Long resourceId, Model model) {
        VisitForm form = new VisitForm();
        if (resourceId != null) {
            form.setResourceId(schedule.resource(resourceId).getId());
        }
        form.setPlaceKind(PlaceKind.TOWNSHIP.name());
        return visitForm(form, null, model);
    }

    @PostMapping("/visits")
    @PreAuthorize(MANAGE)
    String schedule(@ModelAttribute("form") VisitForm form, Model model, RedirectAttributes redirect) {
        try {
            MobileVisit v = schedule.schedule(form);
            redirect.addFlashAttribute("message", "已安排巡展：" + v.describe());
            return "redirect:/mobile/visits/" + v.getId();
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return visitForm(form, null, model);
        }
    }

    @GetMapping("/visits/{id}")
    String visit(@PathVariable long id, Model model) {
        return visitPage(schedule.visit(id), null, null, null, model);
    }

    @GetMapping("/visits/{id}/edit")
    @PreAuthorize(MANAGE)
    String editVisit(@PathVariable long id, Model model) {
        MobileVisit v = schedule.visit(id);
        return visitForm(VisitForm.of(v), v, model);
    }

    @PostMapping("/visits/{id}")
    @PreAuthorize(MANAGE)
    String updateVisit(@PathVariable long id, @ModelAttribute("form") VisitForm form, Model model, RedirectAttributes redirect) {
        MobileVisit v = schedule.visit(id);
        try {
            schedule.update(id, form);
            redirect.addFlashAttribute("message", "已保存巡展安排");
            return "redirect:/mobile/visits/" + id;
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return visitForm(form, v, model);
        }
    }

    @PostMapping("/visits/{id}/complete")
    String complete(@PathVariable long id, @RequestParam(required = false) String participants,
            @RequestParam(required = false) String summary,
            @RequestParam(name = "photos", required = false) List<MultipartFile> photos, Model model, RedirectAttributes redirect) {
        schedule.visit(id);
        try {
            MobileVisit v = schedule.complete(id, participants, summary, uploads(photos));
            redirect.addFlashAttribute("message", "已登记完成：参与" + v.getParticipants() + "人");
            return "redirect:/mobile/visits/" + id;
        } catch (RuleViolation e) {
            return visitPage(schedule.visit(id), e.problems(), participants, summary, model);
        }
    }

    @PostMapping("/visits/{id}/reopen")
    @PreAuthorize(MANAGE)
    String reopen(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> schedule.reopen(id), "已恢复为计划中");
    }

    @PostMapping("/visits/{id}/cancel")
    @PreAuthorize(MANAGE)
    String cancel(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, redirect, () -> schedule.cancel(id, reason), "已取消这次巡展");
    }

    @PostMapping("/visits/{id}/delete")
    @PreAuthorize(MANAGE)
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        MobileVisit v = schedule.visit(id);
        schedule.delete(id);
        redirect.addFlashAttribute("message", "已删除巡展安排：" + v.describe());
        return "redirect:/mobile";
    }

    @PostMapping("/visits/{id}/photos")
    String addPhotos(@PathVariable long id, @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
            RedirectAttributes redirect) throws IOException {
        schedule.visit(id);
        return act(id, redirect, () -> schedule.addPhotos(id, uploads(photos)), "已补充照片");
    }

    @PostMapping("/visits/{id}/photos/{photo}/delete")
    @PreAuthorize(MANAGE)
    String deletePhoto(@PathVariable long id, @PathVariable long photo, RedirectAttributes redirect) {
        schedule.removePhoto(id, photo);
        redirect.addFlashAttribute("message", "已删除照片");
        return "redirect:/mobile/visits/" + id;
    }

    @GetMapping("/visits/{id}/photos/{photo}")
    ResponseEntity<Resource> photo(@PathVariable long id, @PathVariable long photo,
            @RequestParam(defaultValue = "false") boolean thumbnail) {
        return schedule.photo(id, photo, thumbnail).shown();
    }

    private String act(long id, RedirectAttributes redirect, Runnable action, String done) {
        schedule.visit(id);
        try {
            action.run();
            redirect.addFlashAttribute("message", done);
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/mobile/visits/" + id;
    }

    private static List<Upload> uploads(List<MultipartFile> files) {
        List<Upload> uploads = new ArrayList<>();
        if (files != null) {
            files.stream().filter(f -> !f.isEmpty()).forEach(f -> uploads.add(Upload.of(f)));
        }
        return uploads;
    }

    private String visitPage(MobileVisit v, List<RuleViolation> problems, String participants, String summary, Model model) {
        model.addAttribute("visit", v);
        model.addAttribute("photos", schedule.photos(v.getId()));
        model.addAttribute("problems", problems);
        model.addAttribute("participants", participants);
        model.addAttribute("summary", summary);
        model.addAttribute("today", schedule.today());
        model.addAttribute("maxPhotos", MobileSchedule.MAX_PHOTOS);
        return "mobile/visit";
    }

    private String visitForm(VisitForm form, MobileVisit editing, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("resources", schedule.resources());
        model.addAttribute("townships", schedule.townships());
        model.addAttribute("placeKinds", PlaceKind.values());
        return "mobile/visit-form";
    }

    // ---- coverage ----

    @GetMapping("/coverage")
    String coverage(@RequestParam(required = false) Long associationId, @RequestParam(required = false) Integer year, Model model) {
        List<Organization> units = coverage.coverageUnits();
        int shown = year != null ? year : schedule.today().getYear();
        model.addAttribute("units", units);
        model.addAttribute("year", shown);
        model.addAttribute("thisYear", schedule.today().getYear());
        Long unit = associationId != null ? associationId : units.isEmpty() ? null : units.get(0).getId();
        model.addAttribute("coverage", unit == null ? null : coverage.coverage(unit, shown));
        return "mobile/coverage";
    }
}
