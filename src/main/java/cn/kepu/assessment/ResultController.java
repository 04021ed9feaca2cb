package cn.kepu.assessment;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.kepu.support.NotFoundException;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.Times;
import cn.kepu.support.XlsxDownload;

/** A scheme's results as files: the ranking (.xlsx) and the 通报 (.docx), whose body the issuer edits first. */
@Controller
@RequestMapping("/assessments/{id}")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'REPORTER')")
class ResultController {

    static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final SchemeManagement schemes;
    private final Results results;
    private final ResultFiles files;
    private final Clock clock;
    private final Times times;

    ResultController(SchemeManagement schemes, Results results, ResultFiles files, Clock clock, Times times) {
        this.schemes = schemes;
        this.results = results;
        this.files = files;
        this.clock = clock;
        this.times = times;
    }

    @GetMapping("/results.xlsx")
    ResponseEntity<byte[]> sheet(@PathVariable long id) {
        Results.Board board = results.board(schemes.scheme(id));
        if (board.tree() == null || board.rows().isEmpty()) {
            throw new NotFoundException("考核结果");
        }
        return XlsxDownload.of(board.scheme().getTitle() + "结果.xlsx", files.sheet(board));
    }

    @GetMapping("/bulletin")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String bulletin(@PathVariable long id, Model model) {
        Results.Board board = frozen(id);
        model.addAttribute("scheme", board.scheme());
        model.addAttribute("bulletinTitle", ResultFiles.title(board.scheme()));
        if (!model.containsAttribute("body")) {
            model.addAttribute("body", board.scheme().getBulletinBody() != null ? board.scheme().getBulletinBody() : ResultFiles.defaultBody(board));
        }
        return "assessments/bulletin";
    }

    @PostMapping("/bulletin")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String writeBulletin(@PathVariable long id, @RequestParam(required = false) String body, Model model, RedirectAttributes redirect) {
        try {
            schemes.writeBulletin(id, body);
            redirect.addFlashAttribute("message", "通报正文已保存");
            return "redirect:/assessments/" + id + "/bulletin";
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("body", body);
            return bulletin(id, model);
        }
    }

    @GetMapping("/bulletin.docx")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    ResponseEntity<byte[]> bulletinFile(@PathVariable long id) {
        Results.Board board = frozen(id);
        String body = board.scheme().getBulletinBody() != null ? board.scheme().getBulletinBody() : ResultFiles.defaultBody(board);
        byte[] docx = files.bulletin(board, body, LocalDate.now(clock.withZone(times.zone())));
        return ResponseEntity.ok().contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(ResultFiles.title(board.scheme()) + ".docx", StandardCharsets.UTF_8).build().toString())
                .body(docx);
    }

    /** The results of a scheme the user runs, once scored: a 通报 is of results that no longer move. */
    private Results.Board frozen(long id) {
        Scheme s = schemes.managed(id);
        if (!s.getState().frozen()) {
            throw new NotFoundException("考核结果");
        }
        return results.board(s);
    }
}
