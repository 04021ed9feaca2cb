package cn.kepu.account;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
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
@RequestMapping("/api/v1/users")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SECURITY_ADMIN', 'ORG_ADMIN')")
@Tag(name = "用户")
class AccountApi {

    private final AccountManagement management;

    AccountApi(AccountManagement management) {
        this.management = management;
    }

    record UserView(long id, String username, String displayName, String phone, Long organizationId,
            List<String> roles, String status, boolean locked, boolean mustChangePassword, long version,
            Instant createdAt) {

        static UserView of(Account a) {
            return new UserView(a.getId(), a.getUsername(), a.getDisplayName(), PhoneMask.mask(a.getPhone()),
                    a.getOrganizationId(), a.getRoles().stream().map(Role::name).sorted().toList(), a.getStatus().name(),
                    a.getLockedUntil() != null && a.getLockedUntil().isAfter(Instant.now()), a.isMustChangePassword(),
                    a.getVersion(), a.getCreatedAt());
        }
    }

    @GetMapping
    @Operation(summary = "在本人数据权限范围内查询用户")
    PageView<UserView> search(@AuthenticationPrincipal KepuUser actor, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageView.of(management.search(actor, q,
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500), Sort.by("username"))), UserView::of);
    }


    /** A save on an old version: 409 with the record as it is now. */
    @ExceptionHandler(StaleVersion.class)
    ProblemDetail stale(StaleVersion e) {
        return ApiErrors.stale(e, UserView.of(management.visible((KepuUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal(), e.id())));
    }

    @GetMapping("/{id}")
    @Operation(summary = "用户详情")
    UserView get(@AuthenticationPrincipal KepuUser actor, @PathVariable long id) {
        return UserView.of(management.visible(actor, id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新增用户（初始密码，首次登录须修改）")
    UserView create(@AuthenticationPrincipal KepuUser actor, @Valid @RequestBody AccountForm form) {
        return UserView.of(management.create(actor, form));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改用户的姓名、手机、单位、角色")
    UserView update(@AuthenticationPrincipal KepuUser actor, @PathVariable long id, @RequestBody AccountForm form) {
        form.setUsername(management.visible(actor, id).getUsername());
        return UserView.of(management.update(actor, id, form));
    }
}
