package cn.kepu.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.kepu.attachment.Attachment;
import cn.kepu.attachment.Upload;

/** 督办 for other systems and scripts: the same rules and data scope as the pages. */
@RestController
@RequestMapping("/api/v1/supervision-notices")
@Tag(name = "督办")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'REPORTER')")
class SupervisionApi {

    private final NoticeCatalog catalog;
    private final NoticeSending sending;
    private final NoticeReplying replying;
    private final NoticeDecision decision;

    SupervisionApi(NoticeCatalog catalog, NoticeSending sending, NoticeReplying replying, NoticeDecision decision) {
        this.catalog = catalog;
        this.sending = sending;
        this.replying = replying;
        this.decision = decision;
    }

    record TaskView(long assignmentId, long taskId, String label, LocalDate dueOn) {
    }

    record FileView(long id, String name, String contentType, long size) {
    }

    record ReplyView(long id, String situation, String measures, LocalDate expectedCompletion, Instant repliedAt, String repliedBy,
            String decision, String reason, Instant decidedAt, String decidedBy, List<FileView> files) {
    }

    record NoticeView(long id, String number, long issuerId, String issuer, long unitId, String unit, List<TaskView> tasks,
            String matters, String requirements, LocalDate replyBy, LocalDate sentOn, String state, String stateLabel,
            boolean overdue, List<ReplyView> replies) {
    }

    record NewNotice(String number, Long unitId, List<Long> assignmentIds, String matters, String requirements, LocalDate replyBy) {
    }

    record Reply(String situation, String measures, LocalDate expectedCompletion) {
    }

    record Return(String reason) {
    }

    @GetMapping
    @Operation(summary = "可见的督办单（本单位发出的、本单位范围内发出的、发给本单位的），逾期未回复的在前；可按状态、逾期筛选")
    List<NoticeView> list(@RequestParam(required = false) NoticeState state, @RequestParam(defaultValue = "false") boolean overdue) {
        return catalog.list(new NoticeCatalog.Filter(state, overdue, null)).stream().map(this::view).toList();
    }

    @GetMapping("/{id}")
    NoticeView notice(@PathVariable long id) {
        return view(catalog.notice(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    @Operation(summary = "发督办单：number 不填时按“督办〔年〕n号”自动编号；assignmentIds 取被督办单位逾期或7天内到期的任务")
    NoticeView send(@RequestBody NewNotice body) {
        NoticeForm form = new NoticeForm();
        form.setUnitId(body.unitId());
        form.setNumber(body.number() == null || body.number().isBlank()
                ? catalog.issuer().map(i -> sending.suggestNumber(i, catalog.today().getYear())).orElse(null) : body.number());
        form.setAssignmentIds(body.assignmentIds() == null ? new ArrayList<>() : new ArrayList<>(body.assignmentIds()));
        form.setMatters(body.matters());
        form.setRequirements(body.requirements());
        form.setReplyBy(body.replyBy());
        return view(sending.send(form));
    }

    @PostMapping(value = "/{id}/reply", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "回复督办（无证明材料）：情况说明必填")
    NoticeView reply(@PathVariable long id, @RequestBody Reply body) {
        replying.reply(id, new ReplyForm(body.situation(), body.measures(), body.expectedCompletion()), List.of());
        return view(catalog.notice(id));
    }

    @PostMapping(value = "/{id}/reply", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "回复督办并上传证明材料（照片 jpg/png/webp，文件 pdf/docx/xlsx；有一个不合格则都不保存）")
    NoticeView replyWithFiles(@PathVariable long id, @ModelAttribute ReplyForm form,
            @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        List<Upload> uploads = new ArrayList<>();
        for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
            uploads.add(Upload.of(f));
        }
        replying.reply(id, form, uploads);
        return view(catalog.notice(id));
    }

    @PostMapping("/{id}/accept")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    @Operation(summary = "认可回复，办结")
    NoticeView accept(@PathVariable long id) {
        return view(decision.accept(id));
    }

    @PostMapping("/{id}/return")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    @Operation(summary = "退回回复（须填写 reason），被督办单位重新回复")
    NoticeView giveBack(@PathVariable long id, @RequestBody Return body) {
        return view(decision.giveBack(id, body.reason()));
    }

    private NoticeView view(SupervisionNotice n) {
        Map<Long, List<Attachment>> files = catalog.files(n);
        return new NoticeView(n.getId(), n.getNumber(), n.getIssuer().getId(), n.getIssuer().getName(), n.getUnit().getId(),
                n.getUnit().getName(), n.getTasks().stream().map(t -> new TaskView(t.assignmentId(), t.taskId(), t.label(), t.dueOn())).toList(),
                n.getMatters(), n.getRequirements(), n.getReplyBy(), n.getSentOn(), n.getState().name(), n.getState().label(),
                n.overdueOn(catalog.today()), n.getReplies().stream().map(r -> new ReplyView(r.getId(), r.getSituation(), r.getMeasures(),
                        r.getExpectedCompletion(), r.getRepliedAt(), r.getRepliedBy(), r.getDecision() == null ? null : r.getDecision().name(),
                        r.getReason(), r.getDecidedAt(), r.getDecidedBy(), files.getOrDefault(r.getId(), List.of()).stream()
                                .map(f -> new FileView(f.id(), f.name(), f.contentType(), f.size())).toList())).toList());
    }
}
