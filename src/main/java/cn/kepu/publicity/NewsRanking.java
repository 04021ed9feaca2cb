package cn.kepu.publicity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;
import cn.kepu.org.DataScope;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.org.Scope;
import cn.kepu.support.OfficialDocument;

/**
 * 信息采用情况通报: the units of the reader's subtree ranked for a period by adopted items, then points — tied units share
 * a place (1, 2, 2, 4), listed by name in 拼音 order — with what they submitted and the share adopted; as a page and as a Word document. One grouped
 * query, whatever the number of items.
 */
@Service
@Transactional(readOnly = true)
public class NewsRanking {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    static final List<String> COLUMNS = List.of("名次", "单位", "报送（条）", "采用（条）", "采用率", "积分");

    private final NewsItems items;
    private final DataScope scope;
    private final OrganizationDirectory organizations;
    private final NewsPoints points;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NewsRanking(NewsItems items, DataScope scope, OrganizationDirectory organizations, NewsPoints points,
            ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.organizations = organizations;
        this.scope = scope;
        this.points = points;
        this.events = events;
        this.clock = clock;
    }

    /** One unit's line. */
    public record Place(int rank, long unitId, String unit, long submitted, long adopted, BigDecimal points) {

        /** "65%" of what it submitted, or "—" for none. */
        public String adoptedShare() {
            return submitted == 0 ? "—" : BigDecimal.valueOf(adopted * 100).divide(BigDecimal.valueOf(submitted), 0, RoundingMode.HALF_UP) + "%";
        }

        public String pointsText() {
            return points.stripTrailingZeros().toPlainString();
        }
    }

    /** The ranking of a period with its totals. */
    public record Board(ReportPeriod period, List<Place> places, long submitted, long adopted, BigDecimal points) {
    }

    public Board of(ReportPeriod period) {
        return board(period, tally(period));
    }

    /**
     * The units directly beneath the reader's own (the provinces, for the system administrator) ranked with their
     * subtrees' items summed: how a province compares its cities, or the country its provinces. The office's own items
     * are its own line.
     */
    public Board ofChildren(ReportPeriod period) {
        Optional<Organization> own = scope.ownUnit();
        List<Organization> children = new ArrayList<>(organizations.children(own.map(Organization::getId).orElse(null)));
        own.ifPresent(children::add);
        Map<Long, Object[]> summed = new LinkedHashMap<>();
        for (Object[] r : tally(period)) {
            String path = (String) r[2];
            // The deepest of the children and the office itself holding the row: the office only for its own items.
            children.stream().filter(c -> path.startsWith(c.getPath())).max(Comparator.comparingInt(c -> c.getPath().length()))
                    .ifPresent(c -> summed.merge(c.getId(), new Object[] {c.getId(), c.getName(), c.getPath(), r[3], r[4], r[5]},
                            (a, b) -> new Object[] {a[0], a[1], a[2], ((Number) a[3]).longValue() + ((Number) b[3]).longValue(),
                                    ((Number) a[4]).longValue() + ((Number) b[4]).longValue(), sum(a[5], b[5])}));
        }
        return board(period, new ArrayList<>(summed.values()));
    }

    private static BigDecimal sum(Object a, Object b) {
        return (a == null ? BigDecimal.ZERO : (BigDecimal) a).add(b == null ? BigDecimal.ZERO : (BigDecimal) b);
    }

    private List<Object[]> tally(ReportPeriod period) {
        Scope current = scope.current();
        String path = current.everything() ? "%" : current.pathPrefix() + "%";
        List<Object[]> rows = items.tally(path, period.from(), period.to());
        if (current.onlyOrganizationId() != null) {
            rows = rows.stream().filter(r -> current.onlyOrganizationId().equals(r[0])).toList();
        }
        return rows;
    }

    static Board board(ReportPeriod period, List<Object[]> rows) {
        List<Place> unranked = new ArrayList<>();
        for (Object[] r : rows) {
            unranked.add(new Place(0, (Long) r[0], (String) r[1], ((Number) r[3]).longValue(), ((Number) r[4]).longValue(),
                    r[5] == null ? BigDecimal.ZERO : (BigDecimal) r[5]));
        }
        unranked.sort(Comparator.comparingLong(Place::adopted).reversed().thenComparing(Place::points, Comparator.reverseOrder())
                .thenComparing(Place::unit, java.text.Collator.getInstance(java.util.Locale.CHINA)));
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            Place p = unranked.get(i);
            Place before = i == 0 ? null : places.get(i - 1);
            int rank = before != null && before.adopted() == p.adopted() && before.points().compareTo(p.points()) == 0 ? before.rank() : i + 1;
            places.add(new Place(rank, p.unitId(), p.unit(), p.submitted(), p.adopted(), p.points()));
        }
        return new Board(period, places, places.stream().mapToLong(Place::submitted).sum(), places.stream().mapToLong(Place::adopted).sum(),
                places.stream().map(Place::points).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    static String title(ReportPeriod period) {
        return period.label() + "科普宣传信息采用情况通报";
    }

    /** The 通报 in Word: the totals in a sentence, the leaders named, the table, the points used. */
    @Transactional
    public byte[] bulletin(ReportPeriod period, boolean byChildren) {
        Board board = byChildren ? ofChildren(period) : of(period);
        Organization office = scope.ownUnit().orElse(null);
        String issuer = office == null ? "科普工作管理平台" : office.getName();
        OfficialDocument doc = OfficialDocument.titled(title(period))
                .subtitle("（" + DAY.format(period.from()) + "至" + DAY.format(period.to()) + "报送）");
        if (board.places().isEmpty()) {
            doc.body(period.label() + "，各单位未报送科普宣传信息。");
        } else {
            doc.body(period.label() + "，各单位共报送科普宣传信息" + board.submitted() + "条，采用" + board.adopted() + "条，采用率"
                    + share(board.adopted(), board.submitted()) + "，累计积分" + plain(board.points()) + "分。"
                    + leaders(board) + "现将各单位信息报送和采用情况通报如下：");
            doc.table(COLUMNS, board.places().stream().map(p -> List.of(String.valueOf(p.rank()), p.unit(), String.valueOf(p.submitted()),
                    String.valueOf(p.adopted()), p.adoptedShare(), p.pointsText())).toList());
            doc.body("积分标准：" + standard(points.of(office)) + "。一条信息被多个渠道采用的，各渠道积分累加。");
            doc.body("请各单位围绕重点工作和重大活动，及时报送科普宣传信息，提高信息质量和采用率。");
        }
        byte[] bytes = doc.signed(issuer, DAY.format(LocalDate.now(clock))).bytes();
        events.publishEvent(ActionPerformed.of(AuditAction.EXPORT, NewsDesk.AUDIT_TYPE, null, title(period),
                "采用情况通报：" + board.places().size() + "个单位，采用" + board.adopted() + "条"));
        return bytes;
    }

    private static String leaders(Board board) {
        List<Place> top = board.places().stream().filter(p -> p.adopted() > 0 && p.rank() <= 3).toList();
        if (top.isEmpty()) {
            return "";
        }
        return "采用数量居前的单位是：" + String.join("、", top.stream().map(p -> p.unit() + "（" + p.adopted() + "条）").toList()) + "。";
    }

    static String standard(Map<Channel, BigDecimal> table) {
        List<String> parts = new ArrayList<>();
        table.forEach((c, p) -> parts.add(c.label() + "每条" + plain(p) + "分"));
        return String.join("，", parts);
    }

    private static String share(long part, long whole) {
        return whole == 0 ? "—" : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
