package cn.kepu.account;

import java.util.EnumSet;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Accounts for the units a test makes of its own, created as the system administrator would. */
public final class TestAccounts {

    public static final String PASSWORD = "Xinxi#Baosong2026";

    private TestAccounts() {
    }

    /** A new 科协工作人员 of the unit; returns the login name. */
    public static String staffOf(ApplicationContext context, long organizationId) {
        UserDetailsService users = context.getBean(UserDetailsService.class);
        AccountForm form = new AccountForm();
        String username = "staff" + Long.toString(System.nanoTime(), 36);
        form.setUsername(username);
        form.setDisplayName("测试工作人员");
        form.setOrganizationId(organizationId);
        form.setRoles(EnumSet.of(Role.STAFF));
        form.setPassword(PASSWORD);
        context.getBean(AccountManagement.class).create((KepuUser) users.loadUserByUsername("admin"), form);
        return username;
    }
}
