package cn.kepu.volunteer;

import java.io.IOException;

import jakarta.servlet.http.HttpSession;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import cn.kepu.support.MarkedWorkbooks;
import cn.kepu.support.XlsxDownload;

/** 志愿者 in and out of Excel, in the national volunteer platform's columns: the template, the import, the export. */
@Controller
@RequestMapping("/volunteers")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
class VolunteerSheetController {

    private static final String IMPORT_ERRORS = "volunteerImportErrors";

    private final VolunteerImport importing;
    private final VolunteerExport exporting;

    VolunteerSheetController(VolunteerImport importing, VolunteerExport exporting) {
        this.importing = importing;
        this.exporting = exporting;
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String name, @RequestParam(required = false) Long teamId,
            @RequestParam(required = false) ServiceField field, @RequestParam(required = false) String skill,
            @RequestParam(required = false) String idCard, @RequestParam(defaultValue = "false") boolean full) {
        VolunteerExport.Exported exported = exporting.export(new VolunteerRegistry.Filter(name, teamId, field, skill, idCard), full);
        return XlsxDownload.of(full && exported.unmasked() > 0 ? "科技志愿者（含完整信息）.xlsx" : "科技志愿者.xlsx", exported.workbook());
    }

    @GetMapping("/import")
    String importPage() {
        return "volunteers/import";
    }

    @GetMapping("/import/template")
    ResponseEntity<byte[]> template() {
        return XlsxDownload.of("科技志愿者导入模板.xlsx", importing.template());
    }

    @PostMapping("/import")
    String importVolunteers(@RequestParam("file") MultipartFile file, HttpSession session, Model model) throws IOException {
        MarkedWorkbooks.importInto(model, session, IMPORT_ERRORS, file.getOriginalFilename(), file.getBytes(),
                importing::importVolunteers);
        return "volunteers/import";
    }

    @GetMapping("/import/errors/{key}")
    ResponseEntity<byte[]> importErrors(@PathVariable String key, HttpSession session) {
        return MarkedWorkbooks.download(session, IMPORT_ERRORS, key, "科技志愿者导入-错误标注.xlsx");
    }
}
