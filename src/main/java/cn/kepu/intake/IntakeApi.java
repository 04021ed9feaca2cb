package cn.kepu.intake;

import java.io.IOException;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
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

    private final DocumentReading reading;

    IntakeApi(DocumentReading reading) {
        this.reading = reading;
    }

    @PostMapping(path = "/parse", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "解析上传的 .docx / .pdf / .txt / .md 文件，返回计划草案（不保存）")
    Proposal parseFile(@RequestParam("file") MultipartFile file) throws IOException {
        return proposal(file.getOriginalFilename(), file.getBytes());
    }

    @PostMapping(path = "/parse", consumes = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "解析请求体中的文字，返回计划草案（不保存）")
    Proposal parseText(@RequestBody byte[] body) {
        return proposal("text", body);
    }

    private Proposal proposal(String name, byte[] content) {
        try {
            return reading.parse(reading.text(name, content));
        } catch (DocumentText.Unreadable e) {
            throw new RuleViolation("file", e.getMessage());
        }
    }
}
