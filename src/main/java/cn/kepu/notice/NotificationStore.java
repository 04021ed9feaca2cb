package cn.kepu.notice;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationStore extends JpaRepository<Notification, Long> {

    List<Notification> findByOrganizationIdOrderByCreatedAtDesc(long organizationId, Limit limit);

    boolean existsByOrganizationIdAndLinkAndCreatedAtAfter(long organizationId, String link, Instant after);
}
