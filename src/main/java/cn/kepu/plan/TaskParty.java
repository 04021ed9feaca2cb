package cn.kepu.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import cn.kepu.org.Organization;

/** A lead or responsible party of a task: a named organization or a unit-type selector. */
@Entity
class TaskParty {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "task_id")
    private Task task;
    @Enumerated(EnumType.STRING)
    private PartyRole role;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "organization_id")
    private Organization organization;
    @Enumerated(EnumType.STRING)
    private UnitSelector selector;
    private int position;

    protected TaskParty() {
    }

    TaskParty(Task task, PartyRole role, Organization organization, UnitSelector selector, int position) {
        this.task = task;
        this.role = role;
        this.organization = organization;
        this.selector = selector;
        this.position = position;
    }

    public String label() {
        return organization != null ? organization.getDisplayName() : selector.label();
    }

    public PartyRole getRole() {
        return role;
    }

    public Organization getOrganization() {
        return organization;
    }

    public UnitSelector getSelector() {
        return selector;
    }
}
