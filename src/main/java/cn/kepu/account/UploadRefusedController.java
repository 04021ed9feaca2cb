package cn.kepu.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Where a page's upload that was too large to read is told so (see {@link UploadSizeFilter}). */
@Controller
class UploadRefusedController {

    @GetMapping("/upload-refused")
    String refused(@RequestParam(defaultValue = "") String size, @RequestParam(defaultValue = "") String limit,
            @RequestParam(defaultValue = "/") String back, Model model) {
        model.addAttribute("message", UploadSizeFilter.message(size.matches("\\d{1,6}MB") ? size : "过多",
                limit.matches("\\d{1,6}MB") ? limit : ""));
        model.addAttribute("back", back.startsWith("/") && !back.startsWith("//") ? back : "/");
        return "upload-refused";
    }
}
