package cn.kepu.account;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Creating or editing a user; the password is only for creation (later: reset). */
class AccountForm {

    @NotBlank(message = "请填写登录名")
    @Pattern(regexp = "[A-Za-z0-9_.-]{3,50}", message = "登录名为3至50位字母、数字、下划线、点或连字符")
    private String username;
    @NotBlank(message = "请填写姓名")
    @Size(max = 50, message = "姓名不能超过50个字")
    private String displayName;
    @Size(max = 30, message = "手机号过长")
    private String phone;
    @Size(max = 100, message = "邮箱过长")
    private String email;
    private Long organizationId;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private String password;
    private Long version;

    static AccountForm of(Account account) {
        AccountForm form = new AccountForm();
        form.username = account.getUsername();
        form.displayName = account.getDisplayName();
        form.phone = account.getPhone();
        form.email = account.getEmail();
        form.organizationId = account.getOrganizationId();
        form.roles = account.getRoles();
        form.version = account.getVersion();
        return form;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
