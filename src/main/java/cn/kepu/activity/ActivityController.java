package cn.kepu.activity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.kepu.attachment.Upload;
import cn.kepu.org.DataScope;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.support.PhoneMask;
import cn.kepu.support.RuleViolation;

/** 活动登记 pages: register, change, submit, review, add photos and complete an activity. */
@Controller
@RequestMapping("/activities")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'REPORTER')")
class ActivityController {

    private final ActivityRegistration registration;
    private final ActivityReview review;
    private final ActivityEvidence evidence;
    private final ActivityCatalog catalog;
    private final CampaignManagement campaigns;
    private final OrganizationDirectory organizations;
    private final DataScope scope;

    ActivityController(ActivityRegistration registration, ActivityReview review, ActivityEvidence evidence,
            ActivityCatalog catalog, CampaignManagement campaigns, OrganizationDirectory organizations, DataScope scope) {
        this.registration = registration;
        this.review = review;
        this.evidence = evidence;
        this.catalog = catalog;
        this.campaigns = campaigns;
        this.organizations = organizations;
        this.scope = scope;
    }

    /** The list of a campaign lives on the campaign's page; this address is what notifications link to. */
    @GetMapping
    String list(@RequestParam long campaign, @RequestParam(defaultValue = "false") boolean toReview) {
        return "redirect:/campaigns/" + campaign + (toReview ? "?toReview=true" : "");
    }

    @GetMapping("/new")
    String newActivity(@RequestParam long campaign, Model model) {
        Campaign c = campaigns.campaign(campaign);
        ActivityForm form = new ActivityForm();
        form.setCampaignId(c.getId());
        scope.ownUnit().filter(u -> u.isWithin(c.getOrganizer())).ifPresent(u -> {
            form.setOrganizerId(u.getId());
            form.setPersonInCharge(u.getContactPerson());
        });
        form.setStartsAt(c.getEventStart().atTime(9, 0));
        form.setEndsAt(c.getEventStart().atTime(11, 30));
        return form(form, c, null, model);
    }

    @PostMapping
    String create(@ModelAttribute("form") ActivityForm form, @RequestParam(defaultValue = "false") boolean submit, Model model,
            RedirectAttributes redirect) {
        Campaign c = campaigns.campaign(form.getCampaignId() == null ? -1 : form.getCampaignId());
        try {
            ActivityRegistration.Saved saved = registration.save(null, form, submit);
            return saved(saved, submit, redirect);
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return form(form, c, null, model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Activity a = catalog.activity(id);
        model.addAttribute("activity", a);
        model.addAttribute("photos", evidence.photos(a));
        model.addAttribute("videos", evidence.videos(a));
        model.addAttribute("organizes", catalog.organizes(a));
        model.addAttribute("reviews", catalog.reviews(a));
        // The phone is for those who organize or review the activity; others in scope see it masked.
        model.addAttribute("phone", catalog.organizes(a) || catalog.reviews(a) ? a.getPhone() : PhoneMask.mask(a.getPhone()));
        model.addAttribute("videoLinks", links(a, ActivityLink.VIDEO));
        model.addAttribute("newsLinks", links(a, ActivityLink.NEWS));
        model.addAttribute("complete", a.hasCompleteEvidence());
        return "activities/show";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Activity a = catalog.activity(id);
        if (!catalog.organizes(a) || !a.getState().editable()) {
            return "redirect:/activities/" + id;
        }
        return form(formOf(a), a.getCampaign(), a, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") ActivityForm form, @RequestParam(defaultValue = "false") boolean submit,
            Model model, RedirectAttributes redirect) {
        Activity a = catalog.activity(id);
        try {
            return saved(registration.save(id, form, submit), submit, redirect);
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return form(form, a.getCampaign(), a, model);
        }
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable long id, RedirectAttributes redirect) {
        try {
            return saved(registration.submit(id), true, redirect);
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/activities/" + id;
        }
    }

    @PostMapping("/{id}/review")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String review(@PathVariable long id, @RequestParam boolean approve, @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        try {
            Activity a = review.review(id, approve, comment);
            redirect.addFlashAttribute("message", approve ? "已通过审核，已计入" + a.getOrganizer().getDisplayName() + "的活动数" : "已退回");
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("comment", comment);
        }
        return "redirect:/activities/" + id;
    }

    @PostMapping("/{id}/withdraw-approval")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String withdrawApproval(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            review.withdrawApproval(id, reason);
            redirect.addFlashAttribute("message", "已撤销审核通过，活动已退回举办单位，不再计入活动数");
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("reason", reason);
        }
        return "redirect:/activities/" + id;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        Activity a = catalog.activity(id);
        long campaign = a.getCampaign().getId();
        try {
            registration.delete(id);
            redirect.addFlashAttribute("message", "已删除活动“" + a.getName() + "”");
            return "redirect:/campaigns/" + campaign;
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/activities/" + id;
        }
    }

    @PostMapping("/{id}/photos")
    String photos(@PathVariable long id, @RequestParam("photos") List<MultipartFile> files, RedirectAttributes redirect)
            throws IOException {
        List<Upload> uploads = new ArrayList<>();
        for (MultipartFile f : files) {
            if (!f.isEmpty()) {
                uploads.add(Upload.of(f));
            }
        }
        try {
            if (uploads.isEmpty()) {
                throw new RuleViolation("photos", "请选择照片");
            }
            evidence.addPhotos(id, uploads);
            redirect.addFlashAttribute("message", "已上传" + uploads.size() + "张照片");
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/activities/" + id;
    }

    @PostMapping("/{id}/videos")
    String video(@PathVariable long id, @RequestParam("video") MultipartFile file, RedirectAttributes redirect) throws IOException {
        try {
            if (file.isEmpty()) {
                throw new RuleViolation("videos", "请选择视频文件");
            }
            evidence.addVideo(id, Upload.of(file));
            redirect.addFlashAttribute("message", "已上传视频“" + file.getOriginalFilename() + "”");
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/activities/" + id;
    }

    /** As a resource, so that the browser's player can ask for ranges and seek. */
    @GetMapping("/{id}/videos/{video}")
    ResponseEntity<Resource> video(@PathVariable long id, @PathVariable long video) {
        return evidence.file(id, video, false).shown();
    }

    @PostMapping("/{id}/videos/{video}/delete")
    String deleteVideo(@PathVariable long id, @PathVariable long video, RedirectAttributes redirect) {
        evidence.remove(id, video);
        redirect.addFlashAttribute("message", "已删除视频");
        return "redirect:/activities/" + id;
    }

    @PostMapping("/{id}/photos/{photo}/delete")
    String deletePhoto(@PathVariable long id, @PathVariable long photo, RedirectAttributes redirect) {
        evidence.remove(id, photo);
        redirect.addFlashAttribute("message", "已删除照片");
        return "redirect:/activities/" + id;
    }

    @GetMapping("/{id}/photos/{photo}")
    ResponseEntity<Resource> photo(@PathVariable long id, @PathVariable long photo,
            @RequestParam(defaultValue = "false") boolean thumbnail) {
        return evidence.file(id, photo, thumbnail).shown();
    }


    @PostMapping("/{id}/complete")
    String complete(@PathVariable long id, @RequestParam(required = false) Integer actualParticipants,
            @RequestParam(required = false) Integer volunteers, @RequestParam(required = false) String summary,
            @RequestParam(required = false) String videoLinks, @RequestParam(required = false) String newsLinks,
            RedirectAttributes redirect) {
        try {
            ActivityRegistration.Saved saved = evidence.complete(id, actualParticipants, volunteers, summary,
                    videoLinks == null ? List.of() : List.of(videoLinks), newsLinks == null ? List.of() : List.of(newsLinks));
            redirect.addFlashAttribute("message", "已保存活动信息" + (saved.warnings().isEmpty() ? "" : "。" + String.join("；", saved.warnings())));
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("typed", new String[] {actualParticipants == null ? "" : actualParticipants.toString(),
                    volunteers == null ? "" : volunteers.toString(), summary, videoLinks, newsLinks});
        }
        return "redirect:/activities/" + id;
    }

    private String saved(ActivityRegistration.Saved saved, boolean submitted, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", (submitted ? "已提交，等待" + saved.activity().getReviewer().getDisplayName() + "审核" : "已保存草稿")
                + (saved.warnings().isEmpty() ? "" : "。请注意：" + String.join("；", saved.warnings())));
        return "redirect:/activities/" + saved.activity().getId();
    }

    private String form(ActivityForm form, Campaign campaign, Activity activity, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("campaign", campaign);
        model.addAttribute("activity", activity);
        model.addAttribute("organizers", organizers(campaign));
        model.addAttribute("topics", CampaignDashboard.TOPICS);
        model.addAttribute("groups", CampaignDashboard.GROUPS);
        return "activities/form";
    }

    /** The units the user may register for: within their scope and beneath the campaign's organizer. */
    private List<Organization> organizers(Campaign campaign) {
        return organizations.within(scope.current()).stream().filter(o -> o.isEnabled() && o.isWithin(campaign.getOrganizer()))
                .sorted(Comparator.comparing(Organization::getPath)).toList();
    }

    private static String links(Activity a, String kind) {
        return String.join("\n", a.getLinks().stream().filter(l -> l.kind().equals(kind)).map(ActivityLink::url).toList());
    }

    private static ActivityForm formOf(Activity a) {
        ActivityForm f = new ActivityForm();
        f.setCampaignId(a.getCampaign().getId());
        f.setOrganizerId(a.getOrganizer().getId());
        f.setName(a.getName());
        f.setCoOrganizers(a.getCoOrganizers());
        f.setStartsAt(a.getStartsAt());
        f.setEndsAt(a.getEndsAt());
        f.setRegionCode(a.getRegion() == null ? null : a.getRegion().getCode());
        f.setAddress(a.getAddress());
        f.setOnlineUrl(a.getOnlineUrl());
        f.setPersonInCharge(a.getPersonInCharge());
        f.setPhone(a.getPhone());
        f.setTopics(new ArrayList<>(a.getTopics()));
        f.setTargetGroups(new ArrayList<>(a.getTargetGroups()));
        f.setKeyActivity(a.isKeyActivity());
        f.setExpectedParticipants(a.getExpectedParticipants());
        f.setVolunteers(a.getVolunteers());
        f.setDescription(a.getDescription());
        f.setVersion(a.getVersion());
        return f;
    }
}
