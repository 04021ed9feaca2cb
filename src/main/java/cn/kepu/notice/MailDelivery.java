package cn.kepu.notice;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.kepu.account.MailRecipients;

/**
 * A notification also by e-mail to the unit's active users, when SMTP is configured (spring.mail.host). Sent after
 * the notification's transaction commits, so no mail announces what was rolled back; a mail failure is logged and
 * never takes the in-app notification with it.
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final MailRecipients recipients;
    private final ObjectProvider<JavaMailSender> mail;
    private final String from;
    private final String baseUrl;

    MailDelivery(MailRecipients recipients, ObjectProvider<JavaMailSender> mail,
            @Value("${kepu.mail.from:kepu@localhost}") String from,
            @Value("${kepu.base-url:http://localhost:8080}") String baseUrl) {
        this.recipients = recipients;
        this.mail = mail;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    void deliver(Notification notification) {
        if (mail.getIfAvailable() == null) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send(notification);
                }
            });
        } else {
            send(notification);
        }
    }

    private void send(Notification n) {
        JavaMailSender sender = mail.getIfAvailable();
        List<String> to = recipients.of(n.getOrganizationId());
        if (to.isEmpty()) {
            return;
        }
        try {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(to.toArray(String[]::new));
            message.setSubject("【科普工作管理平台】" + n.getTitle());
            message.setText(n.getBody() + "\n\n" + "请登录科普工作管理平台查看：" + baseUrl + n.getLink());
            sender.send(message);
        } catch (MailException e) {
            log.warn("通知邮件发送失败（{}）：{}", String.join(",", to), e.getMessage());
        }
    }
}
