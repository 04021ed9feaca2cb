package cn.kepu.publicity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.kepu.support.PageView;
import cn.kepu.support.RuleViolation;

/** 信息报送 for other systems (a unit's own site, a WeChat back office): the same rights and data scope as the pages. */
@RestController
@RequestMapping("/api/v1/news-items")
@Tag(name = "信息报送")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'REPORTER')")
class NewsApi {

    private final NewsDesk desk;
    private final NewsRanking ranking;

    NewsApi(NewsDesk desk, NewsRanking ranking) {
        this.desk = desk;
        this.ranking = ranking;
    }

    record UsageView(String channel, String channelLabel, BigDecimal points) {
    }

    record ItemView(long id, long unitId, String unit, String title, String body, Long activityId, String activityName,
            List<String> links, LocalDate submittedOn, String state, String stateLabel, String returnReason,
            List<UsageView> usages, BigDecimal points, String reviewerUnit, long version) {
    }

    record NewItem(Long unitId, String title, String body, Long activityId, List<String> links) {
    }

    record Decision(String decision, List<Channel> channels, String reason, Long version) {
    }

    record PlaceView(int rank, long unitId, String unit, long submitted, long adopted, BigDecimal points) {
    }

    record RankingView(String period, String periodLabel, long submitted, long adopted, BigDecimal points, List<PlaceView> places) {
    }

    @GetMapping
    @Operation(summary = "宣传信息：可按状态（SUBMITTED、ADOPTED、RETURNED）、单位、期间（2022、2022-Q3、2022-09）、标题筛选；只含本单位及下级")
    PageView<ItemView> list(@RequestParam(required = false) NewsState state, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String period, @RequestParam(required = false) String title,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageView.of(desk.search(new NewsDesk.Filter(state, unitId, period, title), page, Math.min(Math.max(size, 1), 200)), NewsApi::view);
    }

    @GetMapping("/{id}")
    ItemView one(@PathVariable long id) {
        return view(desk.visible(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "报送宣传信息（照片请在页面上传）；unitId 不填为本单位")
    ItemView submit(@RequestBody NewItem body) {
        NewsForm form = new NewsForm();
        form.setUnitId(body.unitId());
        form.setTitle(body.title());
        form.setBody(body.body());
        form.setActivityId(body.activityId());
        form.setLinks(body.links() == null ? null : String.join("\n", body.links()));
        return view(desk.submit(form, List.of()));
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "审核：decision 为 ADOPT（channels 为采用渠道，积分按本单位赋分标准）、RETURN（reason 必填）或 UNADOPT（撤销采用）")
    ItemView decide(@PathVariable long id, @RequestBody Decision body) {
        String d = body.decision() == null ? "" : body.decision().trim().toUpperCase();
        return view(switch (d) {
            case "ADOPT" -> desk.adopt(id, body.channels() == null ? List.of() : body.channels(), body.version());
            case "RETURN" -> desk.giveBack(id, body.reason(), body.version());
            case "UNADOPT" -> desk.unadopt(id);
            default -> throw new RuleViolation("decision", "decision 应为 ADOPT（采用）、RETURN（退回）或 UNADOPT（撤销采用）");
        });
    }

    @GetMapping("/ranking")
    @Operation(summary = "信息采用情况排名：period 为 2022、2022-Q3 或 2022-09，按采用条数、积分排名（并列同名次）；范围为本单位及下级；by=children 按直属下级单位汇总（含其下级）")
    RankingView ranking(@RequestParam String period, @RequestParam(defaultValue = "units") String by) {
        ReportPeriod p = ReportPeriod.parse(period).orElseThrow(() ->
                new RuleViolation("period", "期间应写作 2022（年）、2022-Q3（季度）或 2022-09（月）"));
        NewsRanking.Board b = "children".equals(by) ? ranking.ofChildren(p) : ranking.of(p);
        return new RankingView(p.code(), p.label(), b.submitted(), b.adopted(), b.points(), b.places().stream()
                .map(x -> new PlaceView(x.rank(), x.unitId(), x.unit(), x.submitted(), x.adopted(), x.points())).toList());
    }

    static ItemView view(NewsItem n) {
        return new ItemView(n.getId(), n.getUnit().getId(), n.getUnit().getName(), n.getTitle(), n.getBody(), n.getActivityId(),
                n.getActivityName(), n.linkList(), n.getSubmittedOn(), n.getState().name(), n.getState().label(), n.getReturnReason(),
                n.getUsages().stream().map(u -> new UsageView(u.channel().name(), u.channel().label(), u.points())).toList(),
                n.getPoints(), n.getReviewerUnit() == null ? null : n.getReviewerUnit().getName(), n.getVersion());
    }
}
