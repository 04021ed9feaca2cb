package cn.kepu.intake;

import java.io.IOException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.kepu.support.RuleViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The document parser for other systems and scripts: a file, or text in the body. Nothing is stored. */
@RestController
@RequestMapping("/api/v1/intake")
@Tag(name = "文件导入")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
class IntakeApi {

    private final PlanParser parser = new PlanParser();
    private final long maxBytes;

    IntakeApi(@Value("${kepu.intake.max-size:20MB}") DataSize max) {
        this.maxBytes = max.toBytes();
    }

    @PostMapping(path = "/parse", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "解析上传的 .docx / .pdf / .txt / .md 文件，返回计划草案（不保存）")
    Proposal parseFile(@RequestParam("file") MultipartFile file) throws IOException {
        return parser.parse(readable(file.getOriginalFilename(), file.getBytes()));
    }

    @PostMapping(path = "/parse", consumes = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "解析请求体中的文字，返回计划草案（不保存）")
    Proposal parseText(@RequestBody byte[] body) {
        return parser.parse(readable("text", body));
    }

    private String readable(String name, byte[] content) {
        try {
            return DocumentText.read(name, content, maxBytes);
        } catch (DocumentText.Unreadable e) {
            throw new RuleViolation("file", e.getMessage());
        }
    }
}
