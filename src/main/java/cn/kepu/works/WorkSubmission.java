package cn.kepu.works;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import cn.kepu.attachment.Attachment;
import cn.kepu.attachment.AttachmentKind;
import cn.kepu.attachment.Attachments;
import cn.kepu.attachment.Owner;
import cn.kepu.attachment.Rule;
import cn.kepu.attachment.Upload;
import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;
import cn.kepu.org.Organization;
import cn.kepu.support.CurrentUser;
import cn.kepu.support.PersonalDataCipher;
import cn.kepu.support.PhoneNumber;
import cn.kepu.support.RuleViolation;

/**
 * 作品报送: by a unit for its authors (signed in) or by an individual on the public page (no account). Refused after
 * the call's deadline; the file's format (judged by its content) and size per the call's category, or a link where
 * the category allows one; the same title by the same authors once per call; from one address at most
 * {@code kepu.works.per-address-daily} (5) public submissions per call and day, counted from the stored works under a
 * lock on the call, so it holds across instances. Nothing is stored unless everything is right.
 */
@Service
@Transactional
public class WorkSubmission {

    static final String OWNER = "work";

    private final WorkCatalog catalog;
    private final WorkCalls calls;
    private final Works works;
    private final Attachments attachments;
    private final PersonalDataCipher cipher;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int perAddressDaily;

    WorkSubmission(WorkCatalog catalog, WorkCalls calls, Works works, Attachments attachments, PersonalDataCipher cipher,
            ApplicationEventPublisher events, Clock clock, @Value("${kepu.works.per-address-daily:5}") int perAddressDaily) {
        this.catalog = catalog;
        this.calls = calls;
        this.works = works;
        this.attachments = attachments;
        this.cipher = cipher;
        this.events = events;
        this.clock = clock;
        this.perAddressDaily = perAddressDaily;
    }

    /** On the public page, without an account; {@code clientAddress} is the request's remote address. */
    public Work submitPublicly(long callId, SubmissionForm form, Upload file, String clientAddress) {
        WorkCall call = calls.lockById(callId).orElseThrow(() -> new cn.kepu.support.NotFoundException("征集通知"));
        return submit(call, form, file, null, clientAddress == null ? "unknown" : clientAddress);
    }

    /** Signed in, for a unit within the user's scope and beneath the call's issuer. */
    public Work submitForUnit(long callId, SubmissionForm form, Upload file) {
        WorkCall visible = catalog.call(callId);
        List<Organization> choices = catalog.submitterChoices(visible);
        Organization unit = choices.stream().filter(o -> o.getId().equals(form.getSubmittingUnitId())).findFirst()
                .orElse(choices.size() == 1 ? choices.get(0) : null);
        if (unit == null) {
            throw new RuleViolation("submittingUnitId", choices.isEmpty() ? "您的单位不在“" + visible.getIssuer().getName() + "”的征集范围内"
                    : "请选择报送单位");
        }
        WorkCall call = calls.lockById(callId).orElseThrow();
        if (CallManagement.strip(form.getAuthorUnit()) == null) {
            form.setAuthorUnit(unit.getName());
        }
        return submit(call, form, file, unit, null);
    }

    private Work submit(WorkCall call, SubmissionForm form, Upload file, Organization unit, String clientAddress) {
        LocalDate today = catalog.today();
        if (today.isBefore(call.getOpensOn())) {
            throw new RuleViolation(null, "征集尚未开始：" + call.getOpensOn() + "起接收作品");
        }
        if (call.isClosedOn(today)) {
            throw new RuleViolation(null, "征集已于" + call.getClosesOn() + "截止，不再接收作品");
        }
        List<RuleViolation> problems = new ArrayList<>();
        String authors = text(form.getAuthors(), "authors", "作者姓名", 100, problems);
        String authorUnit = text(form.getAuthorUnit(), "authorUnit", "作者单位", 200, problems);
        String title = text(form.getTitle(), "title", "作品名称", 200, problems);
        String phone = CallManagement.strip(form.getPhone());
        if (phone == null) {
            problems.add(new RuleViolation("phone", "请填写联系电话"));
        } else if (!PhoneNumber.isValid(phone)) {
            problems.add(new RuleViolation("phone", PhoneNumber.PROBLEM));
        } else {
            phone = phone.replace(" ", "");
        }
        String summary = CallManagement.strip(form.getSummary());
        if (summary != null && summary.length() > 2000) {
            problems.add(new RuleViolation("summary", "作品简介不能超过2000字"));
        }
        CallCategory category = null;
        if (form.getCategory() == null) {
            problems.add(new RuleViolation("category", "请选择作品类别"));
        } else {
            category = call.category(form.getCategory()).orElse(null);
            if (category == null) {
                problems.add(new RuleViolation("category", "本次征集不含“" + form.getCategory().label() + "”类作品"));
            }
        }
        String link = CallManagement.strip(form.getLink());
        boolean hasFile = file != null;
        if (category != null) {
            String label = "“" + category.getCategory().label() + "”类作品";
            if (link != null && !category.isLinkAllowed()) {
                problems.add(new RuleViolation("link", label + "须上传文件，不接受链接"));
            } else if (link != null && !link.matches("(?i)https?://\\S+") ) {
                problems.add(new RuleViolation("link", "作品链接应以 http:// 或 https:// 开头"));
            } else if (link != null && link.length() > 500) {
                problems.add(new RuleViolation("link", "作品链接不能超过500字符"));
            }
            if (hasFile && category.getFormats().isEmpty()) {
                problems.add(new RuleViolation("file", label + "只接受链接，请填写作品链接"));
            } else if (hasFile) {
                for (RuleViolation p : attachments.check(rule(category), List.of(file))) {
                    // The attachment module names evidence; a work's format is told by its category.
                    problems.add(p.getMessage().contains("不是") ? notAccepted(category, file) : p);
                }
            } else if (link == null) {
                problems.add(new RuleViolation("file", "请上传作品文件（" + category.describe() + "）"));
            }
        }
        if (!form.isOriginal()) {
            problems.add(new RuleViolation("original", "请确认作品为原创、不侵犯他人权利"));
        }
        if (!form.isConsent()) {
            problems.add(new RuleViolation("consent", "请同意主办单位公开展示获奖作品"));
        }
        if (title != null && authors != null && works.existsByCall_IdAndTitleAndAuthors(call.getId(), title, authors)) {
            problems.add(new RuleViolation("title", "本次征集已收到" + authors + "的作品“" + title + "”，请勿重复提交"));
        }
        if (clientAddress != null) {
            Instant since = today.atStartOfDay(clock.getZone()).toInstant();
            long sent = works.countByCall_IdAndClientAddressAndSubmittedAtGreaterThanEqual(call.getId(), clientAddress, since);
            if (sent >= perAddressDaily) {
                problems.add(0, new RuleViolation(null, "同一网络地址每天最多向本次征集提交" + perAddressDaily + "件作品，今天已提交"
                        + sent + "件，请明天再提交"));
            }
        }
        RuleViolation.throwIfAny(problems);

        Work work = works.saveAndFlush(new Work(call, category.getCategory(), title, authors, authorUnit, unit, phone, cipher,
                hasFile ? null : link, summary, clientAddress, clock.instant(), unit == null ? "公众" : CurrentUser.username()));
        if (hasFile) {
            List<Attachment> stored = attachments.attach(new Owner(OWNER, work.getId()), rule(category), List.of(file));
            Set<String> accepted = category.getFormats().stream().map(WorkFormat::contentType).collect(Collectors.toSet());
            if (!accepted.contains(stored.get(0).contentType())) {
                // Rolls back the work and the file with it.
                throw notAccepted(category, file);
            }
        }
        events.publishEvent(ActionPerformed.of(AuditAction.SUBMIT, CallManagement.AUDIT_TYPE, work.getId(), title,
                call.getTitle() + "：" + category.getCategory().label() + "，作者" + authors + "（" + authorUnit + "）"
                        + (unit == null ? "，公众报送" : "，" + unit.getName() + "报送")));
        return work;
    }

    /** The category's rule for the attachment module: its formats' kinds, one file, its size; photos get a thumbnail. */
    static Rule rule(CallCategory category) {
        Set<AttachmentKind> kinds = EnumSet.noneOf(AttachmentKind.class);
        category.getFormats().forEach(f -> kinds.add(f.kind()));
        Rule rule = Rule.of("file", kinds.toArray(AttachmentKind[]::new)).atMost(1, "个", "作品文件", "每件作品")
                .withinSize(DataSize.ofMegabytes(category.getMaxMb()), category.isLinkAllowed() ? "较大的作品请填写链接" : "请压缩后上传");
        return kinds.contains(AttachmentKind.PHOTO) ? rule.withThumbnails() : rule;
    }

    private static RuleViolation notAccepted(CallCategory category, Upload file) {
        return new RuleViolation("file", "“" + file.name() + "”不是" + category.getCategory().label() + "接受的格式，应为"
                + category.getFormats().stream().map(WorkFormat::label).collect(Collectors.joining("/")) + "文件（按文件内容判断）");
    }

    private static String text(String value, String field, String label, int max, List<RuleViolation> problems) {
        String s = CallManagement.strip(value);
        if (s == null) {
            problems.add(new RuleViolation(field, "请填写" + label));
        } else if (s.length() > max) {
            problems.add(new RuleViolation(field, label + "不能超过" + max + "字"));
            return null;
        }
        return s;
    }
}
