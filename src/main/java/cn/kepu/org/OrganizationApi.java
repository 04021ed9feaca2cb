package cn.kepu.org;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.kepu.support.ApiErrors;
import cn.kepu.support.PageView;
import cn.kepu.support.PhoneMask;
import cn.kepu.support.StaleVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "组织机构与行政区划")
class OrganizationApi {

    private final Organizations organizations;
    private final OrganizationManagement management;
    private final DataScope scope;
    private final Regions regions;

    OrganizationApi(Organizations organizations, OrganizationManagement management, DataScope scope, Regions regions) {
        this.organizations = organizations;
        this.management = management;
        this.scope = scope;
        this.regions = regions;
    }

    record OrganizationView(long id, String name, String shortName, String unitType, String unitTypeLabel,
            String level, String levelLabel, String regionCode, String regionName, Long parentId, String creditCode,
            String contactPerson, String contactPhone, String status, long version, Instant updatedAt) {
    }

    record RegionView(String code, String name, String level, String parentCode) {
    }

    record MoveRequest(Long parentId) {
    }

    @GetMapping("/organizations")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SECURITY_ADMIN', 'REPORTER')")
    @Operation(summary = "在本人数据权限范围内按名称搜索单位")
    PageView<OrganizationView> search(@RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        String like = "%" + q.strip() + "%";
        var found = organizations.findAll(scope.current().organizations().and((root, query, cb) ->
                cb.or(cb.like(root.get("name"), like), cb.like(root.get("shortName"), like))),
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500), Sort.by("path")));
        return PageView.of(found, this::view);
    }


    /** A save on an old version: 409 with the record as it is now. */
    @ExceptionHandler(StaleVersion.class)
    ProblemDetail stale(StaleVersion e) {
        return ApiErrors.stale(e, view(scope.visible(e.id())));
    }

    @GetMapping("/organizations/{id}")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SECURITY_ADMIN', 'REPORTER')")
    @Operation(summary = "单位详情")
    OrganizationView get(@PathVariable long id) {
        return view(scope.visible(id));
    }

    @PostMapping("/organizations")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'ORG_ADMIN')")
    @Operation(summary = "新增单位")
    OrganizationView create(@Valid @RequestBody OrganizationForm form) {
        return view(management.create(form));
    }

    @PutMapping("/organizations/{id}")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'ORG_ADMIN')")
    @Operation(summary = "修改单位（上级单位用 move 修改）")
    OrganizationView update(@PathVariable long id, @Valid @RequestBody OrganizationForm form) {
        return view(management.update(id, form));
    }

    @PostMapping("/organizations/{id}/move")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'ORG_ADMIN')")
    @Operation(summary = "移动单位到新的上级单位下")
    OrganizationView move(@PathVariable long id, @RequestBody MoveRequest request) {
        return view(management.move(id, request.parentId()));
    }

    @GetMapping("/regions")
    @Operation(summary = "行政区划：按上级代码列出，或按名称/代码搜索")
    List<RegionView> regions(@RequestParam(required = false) String parent, @RequestParam(required = false) String q) {
        List<Region> found;
        if (q != null && !q.isBlank()) {
            found = regions.search(q.strip(), Limit.of(100));
        } else if (parent != null && !parent.isBlank()) {
            found = regions.findByParentCodeOrderByCode(parent.strip());
        } else {
            found = regions.findByParentCodeIsNullOrderByCode();
        }
        return found.stream().map(r -> new RegionView(r.getCode(), r.getName(), r.getLevel().name(), r.getParentCode()))
                .toList();
    }

    private OrganizationView view(Organization o) {
        return new OrganizationView(o.getId(), o.getName(), o.getShortName(), o.getUnitType().name(),
                o.getUnitType().label(), o.getLevel().name(), o.getLevel().label(),
                o.getRegion() == null ? null : o.getRegion().getCode(),
                o.getRegion() == null ? null : o.getRegion().getName(), o.getParentId(), o.getCreditCode(),
                o.getContactPerson(),
                scope.showsPhoneOf(o) ? o.getContactPhone() : PhoneMask.mask(o.getContactPhone()), o.getStatus().name(),
                o.getVersion(), o.getUpdatedAt());
    }
}
