package cn.kepu.publicity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.org.Organization;

/**
 * What other modules read of 信息报送: a unit's adopted items and their points over a period, its subtree included —
 * the figure of an assessment's 信息采用积分 indicator.
 */
@Service
@Transactional(readOnly = true)
public class NewsFigures {

    public record Adopted(long items, BigDecimal points) {
    }

    private final NewsItems items;

    NewsFigures(NewsItems items) {
        this.items = items;
    }

    /** Each unit's adopted items and points between the days, the items of the units beneath it included. */
    public Map<Long, Adopted> adoptedWithin(List<Organization> units, LocalDate from, LocalDate to) {
        Map<Long, Adopted> adopted = new LinkedHashMap<>();
        for (Organization unit : units) {
            Object[] row = items.adoptedWithin(unit.getPath() + "%", from, to).get(0);
            adopted.put(unit.getId(), new Adopted(((Number) row[1]).longValue(), (BigDecimal) row[0]));
        }
        return adopted;
    }
}
