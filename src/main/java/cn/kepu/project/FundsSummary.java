package cn.kepu.project;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.org.DataScope;
import cn.kepu.org.Region;
import cn.kepu.org.Regions;
import cn.kepu.org.Scope;

/**
 * 项目经费汇总: the funds approved (立项经费) per region of the applying unit and per year, within the reader's scope —
 * one grouped pass over the projects; region names are looked up for the few codes found.
 */
@Service
@Transactional(readOnly = true)
public class FundsSummary {

    /** One region's projects and funds of one year. */
    public record Row(String regionCode, String regionName, int year, long projects, BigDecimal funds) {

        public String fundsText() {
            return Funds.format(funds);
        }
    }

    /** The rows by region, and the totals per year. */
    public record Summary(List<Row> rows, Map<Integer, BigDecimal> totalsByYear, Map<Integer, Long> projectsByYear) {

        public String totalText(int year) {
            return Funds.format(totalsByYear.get(year));
        }
    }

    private final Projects projects;
    private final DataScope scope;
    private final Regions regions;

    FundsSummary(Projects projects, DataScope scope, Regions regions) {
        this.projects = projects;
        this.scope = scope;
        this.regions = regions;
    }

    public Summary summary(Integer year) {
        Scope current = scope.current();
        List<Object[]> found = current.everything() ? projects.fundsEverywhere()
                : current.onlyOrganizationId() != null ? projects.fundsOf(current.onlyOrganizationId())
                : current.pathPrefix() != null ? projects.fundsWithin(current.pathPrefix() + "%") : List.of();
        Map<String, String> names = new HashMap<>();
        List<String> codes = found.stream().map(r -> (String) r[0]).filter(c -> c != null).distinct().toList();
        for (Region r : regions.findAllById(codes)) {
            names.put(r.getCode(), r.getName());
        }
        List<Row> rows = new ArrayList<>();
        Map<Integer, BigDecimal> totals = new TreeMap<>(Comparator.reverseOrder());
        Map<Integer, Long> counts = new TreeMap<>(Comparator.reverseOrder());
        for (Object[] r : found) {
            int y = ((Number) r[1]).intValue();
            if (year != null && y != year) {
                continue;
            }
            String code = (String) r[0];
            BigDecimal funds = (BigDecimal) r[3];
            long n = ((Number) r[2]).longValue();
            rows.add(new Row(code, code == null ? "（未设行政区划）" : names.getOrDefault(code, code), y, n, funds));
            totals.merge(y, funds, BigDecimal::add);
            counts.merge(y, n, Long::sum);
        }
        rows.sort(Comparator.comparing(Row::year).reversed()
                .thenComparing(r -> r.regionCode() == null ? "~" : r.regionCode()));
        return new Summary(rows, totals, counts);
    }
}
