package cn.kepu.intake;

import java.io.IOException;
import java.net.URI;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.kepu.support.CurrentUser;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.RuleViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The document parser for other systems and scripts: a file, or text in the body. Nothing is stored. */
@RestController
@RequestMapping("/api/v1/intake")
@Tag(name = "文件导入")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
class IntakeApi {

    /** A reading as the API shows it: RUNNING, or DONE with its proposal. */
    record ReadingView(String id, String state, Proposal proposal) {
    }

    private final ReadingJobs jobs;

    IntakeApi(ReadingJobs jobs) {
        this.jobs = jobs;
    }

    @PostMapping(path = "/parse", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "开始解析上传的 .docx / .pdf / .txt / .md 文件（不保存）：202，Location 指向读取进度；"
            + "请每秒查询一次，5秒无人查询即停止读取")
    ResponseEntity<ReadingView> parseFile(@RequestParam("file") MultipartFile file) throws IOException {
        return started(jobs.start(CurrentUser.username(), file.getOriginalFilename(), file.getBytes(), null, null));
    }

    @PostMapping(path = "/parse", consumes = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "开始解析请求体中的文字（不保存）：202，Location 指向读取进度")
    ResponseEntity<ReadingView> parseText(@RequestBody byte[] body) {
        return started(jobs.start(CurrentUser.username(), "text", body, null, null));
    }

    @GetMapping("/readings/{id}")
    @Operation(summary = "读取进度：RUNNING，或 DONE 带计划草案；读不了的文件为 400 和中文原因")
    ReadingView reading(@PathVariable String id) {
        ReadingJobs.Job job = jobs.look(id, CurrentUser.username())
                .orElseThrow(() -> new NotFoundException("读取"));
        ReadingJobs.Outcome outcome = jobs.outcome(job);
        if (outcome.refusal() != null) {
            throw new RuleViolation("file", outcome.refusal());
        }
        return new ReadingView(id, outcome.read() == null ? "RUNNING" : "DONE", outcome.read() == null ? null : outcome.read().proposal());
    }

    private static ResponseEntity<ReadingView> started(ReadingJobs.Job job) {
        return ResponseEntity.accepted().location(URI.create("/api/v1/intake/readings/" + job.id))
                .body(new ReadingView(job.id, "RUNNING", null));
    }
}
