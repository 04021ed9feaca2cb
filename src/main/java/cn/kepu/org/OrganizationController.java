package cn.kepu.org;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.kepu.support.MarkedWorkbooks;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.PhoneMask;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.XlsxDownload;

/** 组织机构 pages: the tree with search and details, the unit form, moving, disabling, import and export. */
@Controller
@RequestMapping("/organizations")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SECURITY_ADMIN', 'REPORTER')")
class OrganizationController {

    private static final String ADMINISTER = "hasAnyRole('SYSTEM_ADMIN', 'ORG_ADMIN')";
    private static final String IMPORT_ERRORS = "organizationImportErrors";

    private final Organizations organizations;
    private final OrganizationManagement management;
    private final OrganizationSheet sheet;
    private final DataScope scope;
    private final Regions regions;

    OrganizationController(Organizations organizations, OrganizationManagement management, OrganizationSheet sheet,
            DataScope scope, Regions regions) {
        this.organizations = organizations;
        this.management = management;
        this.sheet = sheet;
        this.scope = scope;
        this.regions = regions;
    }

    /**
     * A unit in the tree with the number of units directly beneath it, and those units when already loaded
     * (the roots open with their first level shown; deeper levels load when expanded).
     */
    record Node(Organization unit, long children, List<Node> loaded) {
    }

    @GetMapping
    String tree(@RequestParam(required = false) Long selected, Model model) {
        Scope current = scope.current();
        model.addAttribute("nodes", nodes(roots()).stream()
                .map(root -> new Node(root.unit(), root.children(), root.children() == 0 ? List.of()
                        : nodes(organizations.findByParent_IdOrderByUnitTypeAscIdAsc(root.unit().getId()).stream()
                                .filter(current::covers).toList())))
                .toList());
        if (selected != null) {
            detailModel(scope.visible(selected), model);
        }
        return "organizations/tree";
    }

    @GetMapping("/{id}/children")
    String children(@PathVariable long id, Model model) {
        Organization parent = scope.visible(id);
        Scope current = scope.current();
        model.addAttribute("nodes", nodes(organizations.findByParent_IdOrderByUnitTypeAscIdAsc(parent.getId()).stream()
                .filter(current::covers).toList()));
        return "organizations/tree :: node-items";
    }

    @GetMapping("/search")
    String search(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("results", q.isBlank() ? List.of() : find(q, 30));
        return "organizations/tree :: results";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        if (htmx == null) {
            return tree(id, model);
        }
        detailModel(scope.visible(id), model);
        return "organizations/tree :: detail";
    }

    @GetMapping("/new")
    @PreAuthorize(ADMINISTER)
    String createForm(@RequestParam(required = false) Long parentId, Model model) {
        OrganizationForm form = new OrganizationForm();
        if (parentId != null) {
            Organization parent = scope.changeable(parentId);
            form.setParentId(parent.getId());
            form.setLevel(parent.getLevel());
            form.setRegionCode(parent.getRegion() == null ? null : parent.getRegion().getCode());
        }
        return editPage(form, null, model);
    }

    @PostMapping
    @PreAuthorize(ADMINISTER)
    String create(@Valid @ModelAttribute("form") OrganizationForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                Organization created = management.create(form);
                redirect.addFlashAttribute("message", "已新增单位“" + created.getName() + "”");
                return "redirect:/organizations?selected=" + created.getId();
            } catch (RuleViolation e) {
                reject(binding, e);
            }
        }
        return editPage(form, null, model);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(ADMINISTER)
    String editForm(@PathVariable long id, Model model) {
        Organization unit = scope.changeable(id);
        return editPage(OrganizationForm.of(unit), unit, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize(ADMINISTER)
    String update(@PathVariable long id, @Valid @ModelAttribute("form") OrganizationForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        Organization unit = scope.changeable(id);
        if (!binding.hasErrors()) {
            try {
                management.update(id, form);
                redirect.addFlashAttribute("message", "已保存");
                return "redirect:/organizations?selected=" + id;
            } catch (RuleViolation e) {
                reject(binding, e);
            }
        }
        return editPage(form, unit, model);
    }

    @GetMapping("/{id}/move")
    @PreAuthorize(ADMINISTER)
    String moveForm(@PathVariable long id, Model model) {
        Organization unit = scope.changeable(id);
        return movePage(unit, unit.getParentId(), null, model);
    }

    @PostMapping("/{id}/move")
    @PreAuthorize(ADMINISTER)
    String move(@PathVariable long id, @RequestParam(required = false) Long parentId, Model model,
            RedirectAttributes redirect) {
        try {
            Organization moved = management.move(id, parentId);
            redirect.addFlashAttribute("message", "已将“" + moved.getName() + "”移动到“" + moved.getParent().getName() + "”下");
            return "redirect:/organizations?selected=" + id;
        } catch (RuleViolation e) {
            return movePage(scope.changeable(id), parentId, e.getMessage(), model);
        }
    }

    @PostMapping("/{id}/disable")
    @PreAuthorize(ADMINISTER)
    String disable(@PathVariable long id, RedirectAttributes redirect) {
        return changeStatus(id, redirect, () -> management.disable(id), "已停用");
    }

    @PostMapping("/{id}/enable")
    @PreAuthorize(ADMINISTER)
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        return changeStatus(id, redirect, () -> management.enable(id), "已启用");
    }

    @GetMapping("/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        Organization root = scope.visible(id);
        return XlsxDownload.of(root.getName() + "-组织机构.xlsx", sheet.export(id));
    }

    @GetMapping("/import")
    @PreAuthorize(ADMINISTER)
    String importPage() {
        return "organizations/import";
    }

    @GetMapping("/import/template")
    @PreAuthorize(ADMINISTER)
    ResponseEntity<byte[]> template() {
        return XlsxDownload.of("组织机构导入模板.xlsx", sheet.template());
    }

    @PostMapping("/import")
    @PreAuthorize(ADMINISTER)
    String importUnits(@RequestParam("file") MultipartFile file, HttpSession session, Model model) throws IOException {
        MarkedWorkbooks.importInto(model, session, IMPORT_ERRORS, file.getOriginalFilename(), file.getBytes(), sheet::importUnits);
        return "organizations/import";
    }

    @GetMapping("/import/errors/{key}")
    @PreAuthorize(ADMINISTER)
    ResponseEntity<byte[]> importErrors(@PathVariable String key, HttpSession session) {
        return MarkedWorkbooks.download(session, IMPORT_ERRORS, key, "组织机构导入-错误标注.xlsx");
    }

    @GetMapping("/regions")
    String regionOptions(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("regions", q.isBlank() ? List.of() : regions.search(q.strip(), Limit.of(20)));
        return "organizations/form :: region-options";
    }

    private String changeStatus(long id, RedirectAttributes redirect, Runnable change, String done) {
        try {
            change.run();
            redirect.addFlashAttribute("message", done);
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/organizations?selected=" + id;
    }

    private List<Organization> roots() {
        if (scope.current().everything()) {
            return organizations.findByParent_IdOrderByUnitTypeAscIdAsc(null);
        }
        return scope.ownUnit().stream().toList();
    }

    List<Organization> find(String q, int limit) {
        String like = "%" + q.strip() + "%";
        return organizations.findAll(scope.current().organizations().and((root, query, cb) ->
                cb.or(cb.like(root.get("name"), like), cb.like(root.get("shortName"), like))),
                PageRequest.of(0, limit, Sort.by("name"))).getContent();
    }

    private List<Node> nodes(List<Organization> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> counts = organizations.countChildren(units.stream().map(Organization::getId).toList()).stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        boolean ownOnly = scope.current().onlyOrganizationId() != null;
        return units.stream().map(u -> new Node(u, ownOnly ? 0 : counts.getOrDefault(u.getId(), 0L), null)).toList();
    }

    private void detailModel(Organization unit, Model model) {
        model.addAttribute("unit", unit);
        model.addAttribute("phone", scope.showsPhoneOf(unit) ? unit.getContactPhone() : PhoneMask.mask(unit.getContactPhone()));
        model.addAttribute("ancestors", ancestors(unit));
        model.addAttribute("canAdminister", DataScope.currentUser().map(ScopedUser::administersUnits).orElse(false));
    }

    private List<Organization> ancestors(Organization unit) {
        Scope current = scope.current();
        List<Long> ids = Arrays.stream(unit.getPath().split("/")).filter(s -> !s.isEmpty())
                .map(Long::valueOf).filter(id -> !id.equals(unit.getId())).toList();
        return organizations.findAllById(ids).stream().filter(current::covers)
                .sorted(Comparator.comparing(Organization::getPath)).toList();
    }

    private String editPage(OrganizationForm form, Organization unit, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("unit", unit);
        model.addAttribute("unitTypes", UnitType.values());
        model.addAttribute("levels", OrgLevel.values());
        if (form.getParentId() != null) {
            organizations.findById(form.getParentId()).filter(scope.current()::covers)
                    .ifPresent(p -> model.addAttribute("parent", p));
        }
        if (form.getRegionCode() != null) {
            regions.findById(form.getRegionCode().strip()).ifPresent(r -> model.addAttribute("region", r));
        }
        return "organizations/form";
    }

    private String movePage(Organization unit, Long parentId, String error, Model model) {
        Scope current = scope.current();
        List<Organization> candidates = organizations.findAll(current.organizations()).stream()
                .filter(Organization::isEnabled)
                .filter(o -> !o.getPath().startsWith(unit.getPath()))
                .sorted(Comparator.comparing(Organization::getPath)).toList();
        model.addAttribute("unit", unit);
        model.addAttribute("candidates", candidates);
        model.addAttribute("parentId", parentId);
        model.addAttribute("error", error);
        return "organizations/move";
    }

    private static void reject(BindingResult binding, RuleViolation e) {
        for (RuleViolation p : e.problems()) {
            if (p.field() != null) {
                binding.rejectValue(p.field(), "rule", p.getMessage());
            } else {
                binding.reject("rule", p.getMessage());
            }
        }
    }
}
