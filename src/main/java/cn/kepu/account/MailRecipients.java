package cn.kepu.account;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The e-mail addresses of a unit's active users, for reminders that go out by mail as well. */
@Component
@Transactional(readOnly = true)
public class MailRecipients {

    private final Accounts accounts;

    MailRecipients(Accounts accounts) {
        this.accounts = accounts;
    }

    public List<String> of(long organizationId) {
        return accounts.findByOrganizationIdAndStatusAndEmailIsNotNull(organizationId, AccountStatus.ACTIVE).stream()
                .map(Account::getEmail).toList();
    }
}
