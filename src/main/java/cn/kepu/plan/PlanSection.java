package cn.kepu.plan;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A heading of a plan (一、 / （一） / 1.), or a 重点工作项目 category of a checklist. */
@Entity
public class PlanSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "plan_id")
    private WorkPlan plan;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "parent_id")
    private PlanSection parent;
    private String number;
    private String title;
    private int position;

    protected PlanSection() {
    }

    PlanSection(WorkPlan plan, PlanSection parent, String number, String title, int position) {
        this.plan = plan;
        this.parent = parent;
        this.number = number;
        this.title = title;
        this.position = position;
    }

    public List<PlanSection> children() {
        return plan.getSections().stream().filter(s -> s.parent == this).toList();
    }

    public List<Task> tasks() {
        return plan.getTasks().stream().filter(t -> t.getSection() == this).toList();
    }

    /** The top heading this section sits under: the task's category (重点工作项目). */
    public PlanSection top() {
        return parent == null ? this : parent.top();
    }

    public String heading() {
        return number == null || number.isBlank() ? title : number + (number.matches("[一二三四五六七八九十]+") ? "、" : " ") + title;
    }

    public Long getId() {
        return id;
    }

    public PlanSection getParent() {
        return parent;
    }

    public String getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }
}
