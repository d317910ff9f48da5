package org.cunwu.publicnotice.internal;

import jakarta.servlet.http.HttpServletResponse;

import org.cunwu.publicnotice.PublicNotices;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /public/villages/{code}}: a village's public notice page, read by anyone without signing in. */
@Controller
class PublicNoticeController {

    private final PublicNotices notices;

    PublicNoticeController(PublicNotices notices) {
        this.notices = notices;
    }

    @GetMapping("/public/villages/{code}")
    String showVillage(@PathVariable String code, Model model, HttpServletResponse response) {
        PublicNotices.Page page = notices.page(code);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=" + notices.cacheSeconds());
        model.addAttribute("village", page.village());
        model.addAttribute("sections", page.sections());
        model.addAttribute("madeAt", page.madeAt());
        return "publicnotice/village";
    }
}
