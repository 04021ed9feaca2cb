package cn.kepu.activity;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpSession;

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
import tools.jackson.databind.json.JsonMapper;

import cn.kepu.org.DataScope;
import cn.kepu.org.Organization;
import cn.kepu.plan.PlanCatalog;
import cn.kepu.support.ImportRejected;
import cn.kepu.support.MarkedWorkbooks;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.XlsxDownload;

/** 活动 pages: the campaigns, one campaign with its activities and summary sheet, its dashboard. */
@Controller
@RequestMapping("/campaigns")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'REPORTER')")
class CampaignController {

    private static final String IMPORT_ERRORS = "activitySheetErrors";

    private final CampaignManagement campaigns;
    private final ActivityCatalog catalog;
    private final CampaignDashboard dashboard;
    private final SummarySheet sheet;
    private final PlanCatalog plans;
    private final DataScope scope;
    private final JsonMapper json;

    CampaignController(CampaignManagement campaigns, ActivityCatalog catalog, CampaignDashboard dashboard, SummarySheet sheet,
            PlanCatalog plans, DataScope scope, JsonMapper json) {
        this.json = json;
        this.campaigns = campaigns;
        this.catalog = catalog;
        this.dashboard = dashboard;
        this.sheet = sheet;
        this.plans = plans;
        this.scope = scope;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("campaigns", campaigns.visible());
        return "activities/campaigns";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String newCampaign(Model model) {
        CampaignForm form = new CampaignForm();
        scope.ownUnit().ifPresent(u -> form.setOrganizerId(u.getId()));
        return form(form, null, model);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String create(@ModelAttribute("form") CampaignForm form, Model model, RedirectAttributes redirect) {
        try {
            Campaign c = campaigns.create(form);
            redirect.addFlashAttribute("message", "已创建“" + c.getName() + "”");
            return "redirect:/campaigns/" + c.getId();
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return form(form, null, model);
        }
    }

    /** The quota checkboxes for another organizer, when the form's organizer changes. */
    @GetMapping("/quota-choices")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String quotaChoices(@RequestParam long organizerId, Model model) {
        scope.visible(organizerId);
        model.addAttribute("form", new CampaignForm());
        model.addAttribute("quotaChoices", plans.quotasIssuedBy(organizerId));
        return "activities/campaign-form :: quota-box";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String edit(@PathVariable long id, Model model) {
        Campaign c = editable(id);
        return form(campaigns.form(c), c, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String update(@PathVariable long id, @ModelAttribute("form") CampaignForm form, Model model, RedirectAttributes redirect) {
        Campaign c = editable(id);
        try {
            campaigns.update(id, form);
            redirect.addFlashAttribute("message", "已保存");
            return "redirect:/campaigns/" + id;
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return form(form, c, model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) ActivityState state,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean toReview,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Campaign c = campaigns.campaign(id);
        model.addAttribute("campaign", c);
        model.addAttribute("editable", campaigns.editable(c));
        model.addAttribute("activities", catalog.page(new ActivityCatalog.Filter(id, state, q, toReview), page, 50));
        model.addAttribute("state", state);
        model.addAttribute("q", q);
        model.addAttribute("toReview", toReview);
        model.addAttribute("states", ActivityState.values());
        model.addAttribute("sheetUnit", sheetUnit(c));
        model.addAttribute("quotas", quotaLabels(c));
        return "activities/campaign";
    }

    @GetMapping("/{id}/dashboard")
    String dashboard(@PathVariable long id, Model model) {
        Campaign campaign = campaigns.campaign(id);
        model.addAttribute("campaign", campaign);
        CampaignDashboard.Figures figures = dashboard.figures(campaign);
        model.addAttribute("figures", figures);
        // Carried in a JSON script block for the charts and the county table; "</" escaped so no name can close the block.
        model.addAttribute("figuresJson", json.writeValueAsString(figures).replace("</", "<\\/"));
        return "activities/dashboard";
    }

    @GetMapping("/{id}/sheet")
    ResponseEntity<byte[]> download(@PathVariable long id, @RequestParam long unit) {
        Campaign c = campaigns.campaign(id);
        Organization u = scope.visible(unit);
        return XlsxDownload.of(u.getName() + "-" + SummarySheet.title(c) + ".xlsx", sheet.export(id, unit));
    }

    @PostMapping("/{id}/sheet")
    String upload(@PathVariable long id, @RequestParam long unit, @RequestParam("file") MultipartFile file, HttpSession session,
            Model model, RedirectAttributes redirect) throws IOException {
        try {
            List<Activity> created = sheet.importRows(id, unit, file.getBytes());
            redirect.addFlashAttribute("message", "已从“" + file.getOriginalFilename() + "”登记并提交" + created.size() + "项活动");
            return "redirect:/campaigns/" + id;
        } catch (ImportRejected e) {
            model.addAttribute("rejected", e);
            model.addAttribute("errorsKey", MarkedWorkbooks.keep(session, IMPORT_ERRORS, e));
        } catch (RuleViolation e) {
            model.addAttribute("error", e.getMessage());
        }
        model.addAttribute("fileName", file.getOriginalFilename());
        return show(id, null, null, false, 0, model);
    }

    @GetMapping("/{id}/sheet/errors/{key}")
    ResponseEntity<byte[]> uploadErrors(@PathVariable long id, @PathVariable String key, HttpSession session) {
        return MarkedWorkbooks.download(session, IMPORT_ERRORS, key, "活动项目汇总表-错误标注.xlsx");
    }

    private Campaign editable(long id) {
        Campaign c = campaigns.campaign(id);
        if (!campaigns.editable(c)) {
            throw new NotFoundException("活动");
        }
        return c;
    }

    private String form(CampaignForm form, Campaign campaign, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("campaign", campaign);
        model.addAttribute("kinds", CampaignKind.values());
        List<Organization> organizers = campaigns.organizers();
        model.addAttribute("organizers", organizers);
        Long organizerId = campaign != null ? campaign.getOrganizer().getId() : form.getOrganizerId() != null
                ? form.getOrganizerId() : organizers.isEmpty() ? null : organizers.get(0).getId();
        model.addAttribute("quotaChoices", organizerId == null ? List.of() : plans.quotasIssuedBy(organizerId));
        return "activities/campaign-form";
    }

    /** The unit whose summary sheet the user handles: their own, if it takes part; otherwise the organizer's. */
    private Organization sheetUnit(Campaign c) {
        return scope.ownUnit().filter(own -> own.isWithin(c.getOrganizer())).orElse(c.getOrganizer());
    }

    private List<String> quotaLabels(Campaign c) {
        Map<Long, String> links = campaigns.quotaLinks(c);
        return plans.quotasIssuedBy(c.getOrganizer().getId()).stream().filter(q -> links.containsKey(q.id()))
                .map(q -> q.label() + (links.get(q.id()) == null ? "" : "（仅计" + links.get(q.id()) + "活动）")).toList();
    }
}
