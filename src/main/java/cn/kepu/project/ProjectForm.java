package cn.kepu.project;

import java.util.ArrayList;
import java.util.List;

/**
 * The application form: applicant, name, content, expected outputs, the budget and its lines — amounts as typed (text),
 * so that a wrong one comes back to the person with everything else they wrote.
 */
public class ProjectForm {

    static final int LINES = 6;

    private Long applicantId;
    private String name;
    private String content;
    private String expectedOutputs;
    private String budget;
    private List<String> lineItems = new ArrayList<>();
    private List<String> lineAmounts = new ArrayList<>();

    /** The form with empty budget lines to fill. */
    public static ProjectForm blank() {
        ProjectForm f = new ProjectForm();
        f.padLines();
        return f;
    }

    /** Pads the budget lines up to the form's rows (after a refusal too). */
    public ProjectForm padLines() {
        while (lineItems.size() < Math.max(LINES, lineAmounts.size())) {
            lineItems.add("");
        }
        while (lineAmounts.size() < lineItems.size()) {
            lineAmounts.add("");
        }
        return this;
    }

    /** Adds one budget line (tests, the API and the import). */
    public ProjectForm line(String item, String amount) {
        lineItems.add(item);
        lineAmounts.add(amount);
        return this;
    }

    public Long getApplicantId() {
        return applicantId;
    }

    public void setApplicantId(Long applicantId) {
        this.applicantId = applicantId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public String getExpectedOutputs() {
        return expectedOutputs;
    }

    public void setExpectedOutputs(String expectedOutputs) {
        this.expectedOutputs = expectedOutputs;
    }

    public String getBudget() {
        return budget;
    }

    public void setBudget(String budget) {
        this.budget = budget;
    }

    public List<String> getLineItems() {
        return lineItems;
    }

    public void setLineItems(List<String> lineItems) {
        this.lineItems = lineItems == null ? new ArrayList<>() : new ArrayList<>(lineItems);
    }

    public List<String> getLineAmounts() {
        return lineAmounts;
    }

    public void setLineAmounts(List<String> lineAmounts) {
        this.lineAmounts = lineAmounts == null ? new ArrayList<>() : new ArrayList<>(lineAmounts);
    }
}
