package cn.kepu.project;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of a project's budget (经费明细): what for, how much in 万元. */
@Embeddable
public record BudgetLine(String item, @Column(precision = 14, scale = 4) BigDecimal amount) {

    public String amountText() {
        return Funds.format(amount);
    }
}
