package cn.kepu.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The figures of a scheme's computed indicators as they stood when scoring was finished, per unit and indicator.
 * Plain JDBC in batches: a national scheme freezes 2,800 units × its computed indicators at once.
 */
@Repository
class FrozenFigures {

    private final JdbcTemplate jdbc;

    FrozenFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Row(long organizationId, long indicatorId, Figure figure) {
    }

    void freeze(long schemeId, List<Row> rows) {
        jdbc.update("delete from assessment_figure where scheme_id = ?", schemeId);
        jdbc.batchUpdate("insert into assessment_figure (indicator_id, organization_id, scheme_id, actual, target, notices) values (?, ?, ?, ?, ?, ?)",
                rows, 1000, (ps, r) -> {
                    ps.setLong(1, r.indicatorId());
                    ps.setLong(2, r.organizationId());
                    ps.setLong(3, schemeId);
                    ps.setBigDecimal(4, r.figure().actual());
                    ps.setBigDecimal(5, r.figure().target());
                    ps.setInt(6, r.figure().notices());
                });
    }

    /** Unit id → indicator id → its frozen figure, for every unit or, given {@code organizationId}, for that one. */
    Map<Long, Map<Long, Figure>> of(long schemeId, Long organizationId) {
        Map<Long, Map<Long, Figure>> figures = new HashMap<>();
        String sql = "select organization_id, indicator_id, actual, target, notices from assessment_figure where scheme_id = ?"
                + (organizationId == null ? "" : " and organization_id = ?");
        Object[] args = organizationId == null ? new Object[] {schemeId} : new Object[] {schemeId, organizationId};
        jdbc.query(sql, rs -> {
            figures.computeIfAbsent(rs.getLong(1), u -> new HashMap<>())
                    .put(rs.getLong(2), new Figure(rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getInt(5)));
        }, args);
        return figures;
    }

    static List<Row> rows(Map<Long, Map<Long, Figure>> figures) {
        List<Row> rows = new ArrayList<>();
        figures.forEach((unit, byIndicator) -> byIndicator.forEach((indicator, f) -> rows.add(new Row(unit, indicator, f))));
        return rows;
    }
}
