package cn.kepu.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;

import cn.kepu.org.Organization;

/** 任务分解: one responsible organization's part of a task, with its own targets. */
@Entity
class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "task_id")
    private Task task;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "organization_id")
    private Organization organization;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Assignment parent;
    @Enumerated(EnumType.STRING)
    private AssignmentState state;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant completedAt;
    @Version
    private long version;
    @OneToMany(mappedBy = "assignment", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<AssignmentTarget> targets = new ArrayList<>();

    protected Assignment() {
    }

    Assignment(Task task, Organization organization, Assignment parent, Instant now) {
        this.task = task;
        this.organization = organization;
        this.parent = parent;
        this.state = AssignmentState.NOT_STARTED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void target(Quota quota, BigDecimal value) {
        targets.stream().filter(t -> t.getQuota().getId().equals(quota.getId())).findFirst()
                .ifPresentOrElse(t -> t.setTarget(value), () -> targets.add(new AssignmentTarget(this, quota, value)));
    }

    void moveTo(AssignmentState next, Instant now) {
        if (next == AssignmentState.DONE && state != AssignmentState.DONE) {
            completedAt = now;
        } else if (next != AssignmentState.DONE) {
            completedAt = null;
        }
        state = next;
        updatedAt = now;
    }

    public Optional<BigDecimal> targetFor(Quota quota) {
        return targets.stream().filter(t -> t.getQuota().getId().equals(quota.getId())).findFirst()
                .map(AssignmentTarget::getTarget);
    }

    public Long getId() {
        return id;
    }

    public Task getTask() {
        return task;
    }

    public Organization getOrganization() {
        return organization;
    }

    public Assignment getParent() {
        return parent;
    }

    public AssignmentState getState() {
        return state;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<AssignmentTarget> getTargets() {
        return targets;
    }
}
