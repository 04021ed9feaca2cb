package cn.kepu.literacy;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One group's rate within a measurement: 女性 12.1%, 农村居民 9.8%, 60—69岁 6.2%. */
@Embeddable
public class Breakdown {

    @Enumerated(EnumType.STRING)
    private Dimension dimension;
    @Column(name = "group_name")
    private String group;
    private BigDecimal rate;

    protected Breakdown() {
    }

    public Breakdown(Dimension dimension, String group, BigDecimal rate) {
        this.dimension = dimension;
        this.group = group;
        this.rate = rate;
    }

    public Dimension getDimension() {
        return dimension;
    }

    public String getGroup() {
        return group;
    }

    public BigDecimal getRate() {
        return rate;
    }
}
