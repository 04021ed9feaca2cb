package cn.kepu.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.kepu.org.DataScope;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.support.XlsxDownload;

/** 任务台账: filters, the table with roll-up rows and flags, and its .xlsx export. */
@Controller
@RequestMapping("/ledger")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'REPORTER')")
class LedgerController {

    private final Ledger ledger;
    private final PlanCatalog catalog;
    private final PlanSheet sheet;
    private final DataScope scope;
    private final OrganizationDirectory organizations;

    LedgerController(Ledger ledger, PlanCatalog catalog, PlanSheet sheet, DataScope scope,
            OrganizationDirectory organizations) {
        this.scope = scope;
        this.organizations = organizations;
        this.ledger = ledger;
        this.catalog = catalog;
        this.sheet = sheet;
    }

    @GetMapping
    String show(@RequestParam(required = false) Long planId, @RequestParam(required = false) String category,
            @RequestParam(required = false) Long organizationId, @RequestParam(required = false) AssignmentState state,
            @RequestParam(required = false) String flag, @RequestParam(defaultValue = "0") int page,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        LedgerFilter filter = new LedgerFilter(planId, blank(category), organizationId, state, blank(flag));
        Ledger.Page shown = ledger.page(filter, page, 50);
        List<LedgerRow> rows = shown.rows();
        model.addAttribute("page", shown);
        List<WorkPlan> plans = catalog.visible().stream().filter(p -> !p.isDraft()).toList();
        model.addAttribute("filter", filter);
        model.addAttribute("rows", rows);
        model.addAttribute("plans", plans);
        model.addAttribute("categories", plans.stream().filter(p -> planId == null || p.getId().equals(planId))
                .flatMap(p -> p.getTasks().stream()).map(Task::category).filter(c -> !c.isBlank()).distinct().toList());
        model.addAttribute("units", units(organizationId));
        model.addAttribute("states", AssignmentState.values());
        return htmx != null ? "plans/ledger :: table" : "plans/ledger";
    }

    /** Streams: rows go to the sheet a batch at a time and the sheet to the browser from a temporary file. */
    @GetMapping("/export")
    ResponseEntity<Resource> export(@RequestParam(required = false) Long planId, @RequestParam(required = false) String category,
            @RequestParam(required = false) Long organizationId, @RequestParam(required = false) AssignmentState state,
            @RequestParam(required = false) String flag) {
        LedgerFilter filter = new LedgerFilter(planId, blank(category), organizationId, state, blank(flag));
        String title = planId == null ? "任务台账" : catalog.plan(planId).getTitle() + " 任务台账";
        PlanSheet.LedgerSheet out = sheet.ledger(title + filters(filter));
        ledger.eachRow(filter, out::add);
        return XlsxDownload.ofFile(title + ".xlsx", out.table().toTempFile(), out.table().rowCount());
    }

    /** The filters in words for the title row, so a printed sheet says what it is a selection of. */
    private String filters(LedgerFilter filter) {
        List<String> parts = new ArrayList<>();
        if (filter.category() != null) {
            parts.add("重点工作项目：" + filter.category());
        }
        if (filter.organizationId() != null) {
            parts.add("责任单位：" + scope.visible(filter.organizationId()).getName());
        }
        if (filter.state() != null) {
            parts.add("状态：" + filter.state().label());
        }
        if (filter.flag() != null) {
            parts.add("标记：" + ("overdue".equals(filter.flag()) ? "逾期" : "at-risk".equals(filter.flag()) ? "滞后" : filter.flag()));
        }
        return parts.isEmpty() ? "" : "（" + String.join("；", parts) + "）";
    }

    /** The filter offers the user's unit and the units directly beneath it (each stands for its subtree). */
    private Map<Long, String> units(Long selected) {
        Map<Long, String> units = new LinkedHashMap<>();
        scope.ownUnit().ifPresentOrElse(own -> {
            units.put(own.getId(), own.getName());
            organizations.children(own.getId()).forEach(o -> units.put(o.getId(), o.getName()));
        }, () -> organizations.children(null).forEach(o -> units.put(o.getId(), o.getName())));
        if (selected != null && !units.containsKey(selected)) {
            units.put(selected, scope.visible(selected).getName());
        }
        return units;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
