package cn.kepu.org;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/**
 * A 行政区划 with its GB/T 2260 code. The list changes yearly, so a code carries the dates it is valid between;
 * functional zones have no region of their own.
 */
@Entity
public class Region {

    @Id
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private RegionLevel level;
    private String parentCode;
    private LocalDate validFrom;
    private LocalDate validTo;

    protected Region() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public RegionLevel getLevel() {
        return level;
    }

    public String getParentCode() {
        return parentCode;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public boolean isCurrent() {
        return validTo == null;
    }
}
