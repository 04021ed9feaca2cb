package cn.kepu.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.org.Organization;

/**
 * A scheme's results as the reader may see them. Until scoring is finished they are live — read from plan and
 * activity each time, within the reader's scope: the issuer sees every unit, a unit only itself. From then on they are
 * read from the figures frozen at that moment, the same for every reader, and after 公示 opens every assessed unit
 * sees the whole ranking. A user above assessed units (a province in a national assessment) reads those units' results.
 */
@Service
@Transactional(readOnly = true)
public class Results {

    /**
     * The results for one reader: ranked (when the reader sees every assessed unit), when the figures were read, the
     * scoring tree for the column heads, and each unit's total in the scheme it is compared with (last year's).
     */
    public record Board(Scheme scheme, List<Assessing.Result> rows, boolean ranked, Instant dataAt, Indicator tree,
            Map<Long, BigDecimal> lastYear) {

        public Optional<Assessing.Result> of(long organizationId) {
            return rows.stream().filter(r -> r.organizationId() == organizationId).findFirst();
        }

        /** The change against last year's total, if the unit was assessed then. */
        public BigDecimal change(Assessing.Result row) {
            BigDecimal before = lastYear.get(row.organizationId());
            return before == null ? null : row.score().scored().subtract(before);
        }
    }

    private final SchemeManagement schemes;
    private final Assessing assessing;
    private final FrozenFigures frozen;
    private final Entries entries;
    private final java.time.Clock clock;

    Results(SchemeManagement schemes, Assessing assessing, FrozenFigures frozen, Entries entries, java.time.Clock clock) {
        this.schemes = schemes;
        this.assessing = assessing;
        this.frozen = frozen;
        this.entries = entries;
        this.clock = clock;
    }

    public Board board(Scheme s) {
        SchemeTree tree = schemes.tree(s);
        Optional<Indicator> scoring = tree.scoring(s.getTitle());
        boolean everyone = schemes.manages(s) || s.getState().open();
        List<Organization> units = everyone ? schemes.assessed(s) : schemes.readable(s);
        if (scoring.isEmpty() || units.isEmpty()) {
            return new Board(s, List.of(), everyone, null, scoring.orElse(null), Map.of());
        }
        List<Assessing.Result> rows = score(s, tree, scoring.get(), units);
        return new Board(s, rows, everyone, dataAt(s), scoring.get(), lastYear(s));
    }

    /**
     * One unit's scores, for its 考核表: only its own figures and entries are read (a national scheme's sheet does not
     * score 2,660 units to show one). Its rank here means nothing; the sheet shows none.
     */
    public Optional<Assessing.Result> of(Scheme s, Organization unit) {
        SchemeTree tree = schemes.tree(s);
        return tree.scoring(s.getTitle()).map(scoring -> score(s, tree, scoring, List.of(unit)).get(0));
    }

    private List<Assessing.Result> score(Scheme s, SchemeTree tree, Indicator scoring, List<Organization> units) {
        Long only = units.size() == 1 ? units.get(0).getId() : null;
        Map<Long, Map<String, Figure>> figures;
        if (s.getState().frozen()) {
            figures = byName(tree, frozen.of(s.getId(), only));
            units.forEach(u -> figures.computeIfAbsent(u.getId(), id -> new HashMap<>()));
        } else {
            figures = assessing.figures(units, tree.sources(s.getYear()));
        }
        Map<Long, Map<String, Indicator.Adjusted>> adjustments = new HashMap<>();
        given(tree, only == null ? entries.findBySchemeId(s.getId()) : entries.findBySchemeIdAndOrganizationId(s.getId(), only),
                figures, adjustments);
        return assessing.ranked(scoring, units, figures, adjustments, s.grades());
    }

    /** When the figures were read: when they were frozen, or now while they are live. */
    private Instant dataAt(Scheme s) {
        return s.getState().frozen() ? s.getFrozenAt() : clock.instant();
    }

    /** Unit id → indicator id → figure, read live over every assessed unit: what finishing the scoring freezes. */
    Map<Long, Map<Long, Figure>> live(Scheme s) {
        SchemeTree tree = schemes.tree(s);
        Map<Long, Map<Long, Figure>> byId = new LinkedHashMap<>();
        assessing.figures(schemes.assessed(s), tree.sources(s.getYear())).forEach((unit, byName) -> {
            Map<Long, Figure> ofUnit = new HashMap<>();
            byName.forEach((name, f) -> ofUnit.put(tree.byName().get(name).getId(), f));
            byId.put(unit, ofUnit);
        });
        return byId;
    }

    /** Adds what is given by hand to the figures: manual scores, 加分/扣分 counts (none given: none happened), adjustments. */
    private void given(SchemeTree tree, List<Entry> given, Map<Long, Map<String, Figure>> figures,
            Map<Long, Map<String, Indicator.Adjusted>> adjustments) {
        Map<Long, SchemeIndicator> byId = new HashMap<>();
        tree.all().forEach(i -> byId.put(i.getId(), i));
        List<SchemeIndicator> counted = tree.all().stream().filter(i -> i.getKind().adjustment()).toList();
        for (Map<String, Figure> ofUnit : figures.values()) {
            counted.forEach(i -> ofUnit.put(i.getName(), Figure.given("0")));
        }
        for (Entry e : given) {
            Map<String, Figure> ofUnit = figures.get(e.getOrganizationId());
            SchemeIndicator i = byId.get(e.getIndicatorId());
            if (ofUnit == null || i == null) {
                continue;
            }
            if (e.getGiven() != null && (i.getKind() == IndicatorKind.MANUAL || i.getKind().adjustment())) {
                ofUnit.put(i.getName(), new Figure(e.getGiven(), null, 0));
            }
            if (e.getAdjusted() != null) {
                adjustments.computeIfAbsent(e.getOrganizationId(), u -> new HashMap<>())
                        .put(i.getName(), new Indicator.Adjusted(e.getAdjusted(), e.getAdjustmentReason()));
            }
        }
    }

    private static Map<Long, Map<String, Figure>> byName(SchemeTree tree, Map<Long, Map<Long, Figure>> byId) {
        Map<Long, String> names = new HashMap<>();
        tree.all().forEach(i -> names.put(i.getId(), i.getName()));
        Map<Long, Map<String, Figure>> figures = new LinkedHashMap<>();
        byId.forEach((unit, ofUnit) -> {
            Map<String, Figure> named = new HashMap<>();
            ofUnit.forEach((indicator, f) -> named.put(names.get(indicator), f));
            figures.put(unit, named);
        });
        return figures;
    }

    /** Unit id → its total in the scheme this one is compared with, once that one has been scored. */
    private Map<Long, BigDecimal> lastYear(Scheme s) {
        if (s.getPreviousId() == null) {
            return Map.of();
        }
        Scheme previous = schemes.schemeOrNull(s.getPreviousId());
        if (previous == null || !previous.getState().frozen()) {
            return Map.of();
        }
        Map<Long, BigDecimal> totals = new HashMap<>();
        board(previous).rows().forEach(r -> totals.put(r.organizationId(), r.score().scored()));
        return totals;
    }
}
