package cn.kepu.assessment;

import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

import cn.kepu.org.DataScope;
import cn.kepu.org.Organization;
import cn.kepu.support.RuleViolation;

/** 考核 pages: the schemes, one scheme with its indicators, results and objections, and its workflow. */
@Controller
@RequestMapping("/assessments")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'REPORTER')")
class AssessmentController {

    static final int CHARTED = 50;

    private final SchemeManagement schemes;
    private final Workflow workflow;
    private final Results results;
    private final DataScope scope;
    private final JsonMapper json;

    AssessmentController(SchemeManagement schemes, Workflow workflow, Results results, DataScope scope, JsonMapper json) {
        this.schemes = schemes;
        this.workflow = workflow;
        this.results = results;
        this.scope = scope;
        this.json = json;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("schemes", schemes.visible());
        model.addAttribute("canCreate", !schemes.issuers().isEmpty() && scope.current().onlyOrganizationId() == null);
        return "assessments/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String newScheme(@RequestParam(required = false) Long issuer, Model model) {
        SchemeForm form = new SchemeForm();
        List<Organization> issuers = schemes.issuers();
        form.setIssuerId(issuer != null ? issuer : scope.ownUnit().filter(issuers::contains).map(Organization::getId)
                .orElse(issuers.isEmpty() ? null : issuers.get(0).getId()));
        return form(form, null, model);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String create(@ModelAttribute("form") SchemeForm form, Model model, RedirectAttributes redirect) {
        try {
            Scheme s = schemes.create(form);
            redirect.addFlashAttribute("message", "已创建“" + s.getTitle() + "”，请添加考核指标");
            return "redirect:/assessments/" + s.getId();
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return form(form, null, model);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String edit(@PathVariable long id, Model model) {
        Scheme s = schemes.managed(id);
        return form(schemes.form(s), s, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String update(@PathVariable long id, @ModelAttribute("form") SchemeForm form, Model model, RedirectAttributes redirect) {
        Scheme s = schemes.managed(id);
        try {
            schemes.update(id, form);
            redirect.addFlashAttribute("message", "已保存");
            return "redirect:/assessments/" + id;
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return form(form, s, model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Scheme s = schemes.scheme(id);
        boolean manages = schemes.manages(s);
        model.addAttribute("scheme", s);
        model.addAttribute("manages", manages);
        model.addAttribute("tree", schemes.tree(s));
        model.addAttribute("ownUnit", schemes.assessedUnit(s).orElse(null));
        Results.Board board = results.board(s);
        model.addAttribute("board", board);
        model.addAttribute("chartJson", chart(board));
        model.addAttribute("objections", workflow.objections(s));
        if (manages) {
            model.addAttribute("units", schemes.assessed(s));
            model.addAttribute("draftProblems", s.getState() == SchemeState.DRAFT ? schemes.problems(s) : List.of());
            if (s.getState() == SchemeState.DRAFT && !model.containsAttribute("indicatorForm")) {
                model.addAttribute("indicatorForm", new IndicatorForm());
            }
            if (s.getState() == SchemeState.DRAFT) {
                choices(s, model);
            }
        }
        return "assessments/show";
    }

    @PostMapping("/{id}/indicators")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String addIndicator(@PathVariable long id, @ModelAttribute("indicatorForm") IndicatorForm form, Model model,
            RedirectAttributes redirect) {
        try {
            SchemeIndicator i = schemes.addIndicator(id, form);
            redirect.addFlashAttribute("message", "已添加指标“" + i.getName() + "”");
            return "redirect:/assessments/" + id + "#indicators";
        } catch (RuleViolation e) {
            model.addAttribute("indicatorProblems", e.problems());
            return show(id, model);
        }
    }

    @GetMapping("/{id}/indicators/{indicatorId}/edit")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String editIndicator(@PathVariable long id, @PathVariable long indicatorId, Model model) {
        Scheme s = schemes.managed(id);
        return indicatorForm(s, schemes.indicator(s, indicatorId), IndicatorForm.of(schemes.indicator(s, indicatorId)), model);
    }

    @PostMapping("/{id}/indicators/{indicatorId}")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String updateIndicator(@PathVariable long id, @PathVariable long indicatorId, @ModelAttribute("indicatorForm") IndicatorForm form,
            Model model, RedirectAttributes redirect) {
        Scheme s = schemes.managed(id);
        try {
            schemes.updateIndicator(id, indicatorId, form);
            redirect.addFlashAttribute("message", "已保存指标");
            return "redirect:/assessments/" + id + "#indicators";
        } catch (RuleViolation e) {
            model.addAttribute("indicatorProblems", e.problems());
            return indicatorForm(s, schemes.indicator(s, indicatorId), form, model);
        }
    }

    @PostMapping("/{id}/indicators/{indicatorId}/delete")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String removeIndicator(@PathVariable long id, @PathVariable long indicatorId, RedirectAttributes redirect) {
        return act(id, redirect, () -> schemes.removeIndicator(id, indicatorId), "已删除指标");
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> workflow.publish(id), "方案已发布，被考核单位已收到通知");
    }

    @PostMapping("/{id}/finish-scoring")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String finishScoring(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> workflow.finishScoring(id), "评分已完成，各项数据已固定");
    }

    @PostMapping("/{id}/publicity")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String publicity(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> workflow.openPublicity(id), "考核结果已公示");
    }

    @PostMapping("/{id}/file")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String file(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> workflow.file(id), "考核结果已定档");
    }

    @PostMapping("/{id}/objections")
    String object(@PathVariable long id, @RequestParam(required = false) String body, Model model, RedirectAttributes redirect) {
        try {
            workflow.object(id, body);
            redirect.addFlashAttribute("message", "异议已提交，考核单位答复后会通知您");
            return "redirect:/assessments/" + id + "#objections";
        } catch (RuleViolation e) {
            model.addAttribute("objectionProblems", e.problems());
            model.addAttribute("objectionBody", body);
            return show(id, model);
        }
    }

    @PostMapping("/{id}/objections/{objectionId}/answer")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String answer(@PathVariable long id, @PathVariable long objectionId, @RequestParam(required = false) String answer,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> workflow.answer(id, objectionId, answer), "已答复");
    }

    private String act(long id, RedirectAttributes redirect, Runnable action, String done) {
        try {
            action.run();
            redirect.addFlashAttribute("message", done);
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/assessments/" + id;
    }

    private String form(SchemeForm form, Scheme scheme, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("scheme", scheme);
        List<Organization> issuers = schemes.issuers();
        model.addAttribute("issuers", issuers);
        Organization issuer = scheme != null ? scheme.getIssuer() : issuers.stream()
                .filter(o -> o.getId().equals(form.getIssuerId())).findFirst().orElse(issuers.isEmpty() ? null : issuers.get(0));
        model.addAttribute("candidates", issuer == null ? List.of() : schemes.candidates(issuer));
        model.addAttribute("groups", issuer == null ? Map.of() : schemes.groups(issuer));
        model.addAttribute("earlier", issuer == null ? List.of() : schemes.earlier(issuer));
        return "assessments/form";
    }

    private String indicatorForm(Scheme s, SchemeIndicator indicator, IndicatorForm form, Model model) {
        model.addAttribute("scheme", s);
        model.addAttribute("indicator", indicator);
        model.addAttribute("indicatorForm", form);
        choices(s, model);
        return "assessments/indicator";
    }

    private void choices(Scheme s, Model model) {
        model.addAttribute("kinds", IndicatorKind.values());
        model.addAttribute("groupChoices", schemes.indicators(s).stream().filter(i -> i.getKind() == IndicatorKind.GROUP).toList());
        model.addAttribute("quotaChoices", schemes.quotaChoices(s));
        model.addAttribute("planChoices", schemes.planChoices(s));
        model.addAttribute("campaignChoices", schemes.campaignChoices(s));
    }

    /** The chart's data: per first-level indicator, each unit's score (the page draws one bar chart per indicator). */
    private String chart(Results.Board board) {
        if (board.tree() == null || board.rows().isEmpty()) {
            return "{}";
        }
        // A bar per unit reads up to a few dozen units; a national ranking charts its first CHARTED.
        List<Assessing.Result> rows = board.rows().subList(0, Math.min(CHARTED, board.rows().size()));
        List<String> units = rows.stream().map(Assessing.Result::organizationName).toList();
        List<Map<String, Object>> series = new java.util.ArrayList<>();
        series.add(Map.of("name", "总分", "full", board.tree().points(), "scores", rows.stream().map(r -> r.score().scored()).toList()));
        for (int i = 0; i < board.tree().children().size(); i++) {
            int at = i;
            Indicator top = board.tree().children().get(i);
            series.add(Map.of("name", top.name(), "full", top.points(), "scores",
                    rows.stream().map(r -> r.score().children().get(at).scored()).toList()));
        }
        return json.writeValueAsString(Map.of("units", units, "series", series, "first", board.rows().size() > CHARTED))
                .replace("</", "<\\/");
    }
}
