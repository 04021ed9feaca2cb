package cn.kepu.support;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;

/**
 * The marked copy of a rejected upload, kept for its download link. Kept in the session only: it holds the user's
 * data and is theirs alone; one per kind of upload, the latest.
 */
public final class MarkedWorkbooks {

    private MarkedWorkbooks() {
    }

    /** Keeps the workbook under {@code kind} and returns the key its download link carries. */
    public static String keep(HttpSession session, String kind, ImportRejected rejected) {
        String key = UUID.randomUUID().toString();
        session.setAttribute(kind, Map.of(key, rejected.markedWorkbook()));
        return key;
    }

    /** What an import does with the uploaded bytes: what it stored (the page shows it), or a refusal. */
    @FunctionalInterface
    public interface Import {
        Object store(byte[] workbook);
    }

    /**
     * Runs an upload's import and puts its outcome on the page's model, as every import page shows it: {@code created}
     * (what was stored), or {@code rejected} with the key of the marked workbook kept under {@code kind}, or {@code error} for a
     * file that is not a workbook at all; and {@code fileName}.
     */
    public static void importInto(Model model, HttpSession session, String kind, String fileName, byte[] workbook, Import importer) {
        try {
            model.addAttribute("created", importer.store(workbook));
        } catch (ImportRejected e) {
            model.addAttribute("rejected", e);
            model.addAttribute("errorsKey", keep(session, kind, e));
        } catch (RuleViolation e) {
            model.addAttribute("error", e.getMessage());
        }
        model.addAttribute("fileName", fileName);
    }

    /** The kept workbook as a download, or 404 when the session no longer has it. */
    public static ResponseEntity<byte[]> download(HttpSession session, String kind, String key, String fileName) {
        @SuppressWarnings("unchecked")
        Map<String, byte[]> kept = (Map<String, byte[]>) session.getAttribute(kind);
        if (kept == null || !kept.containsKey(key)) {
            throw new NotFoundException("错误报告");
        }
        return XlsxDownload.of(fileName, kept.get(key));
    }
}
