package org.cunwu.reports;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a report template to PDF with a Chinese TrueType font embedded, so that the text prints everywhere and
 * can be copied out again. Without a usable font it refuses (a PDF of empty boxes helps nobody).
 */
@NamedInterface("api")
@Component
public class PdfRenderer {

    /** The font could not be found: the message names the package that provides it. */
    static final class FontMissingException extends RuntimeException {
        FontMissingException(String path) {
            super("No Chinese font at " + path + " (install Debian's fonts-wqy-microhei or set cunwu.pdf.font)");
        }
    }

    private final TemplateEngine templates;
    private final MessageSource messages;
    private final String fontPath;

    PdfRenderer(TemplateEngine templates, MessageSource messages,
            @Value("${cunwu.pdf.font:/usr/share/fonts/truetype/wqy/wqy-microhei.ttc}") String fontPath) {
        this.templates = templates;
        this.messages = messages;
        this.fontPath = fontPath;
    }

    /**
     * Answers a request with the PDF of a template, shown in the browser under an ASCII file name; without the font,
     * 503 with a message naming the package to install.
     */
    public void respond(String template, Map<String, Object> model, Locale locale, String fileName, HttpServletResponse response) throws IOException {
        byte[] pdf;
        try {
            pdf = render(template, model, locale);
        } catch (FontMissingException e) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(messages.getMessage("report.pdf.noFont", new Object[] {fontPath}, locale));
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"" + fileName + ".pdf\"");
        response.getOutputStream().write(pdf);
    }

    String fontPath() {
        return fontPath;
    }

    byte[] render(String template, Map<String, Object> model, Locale locale) throws IOException {
        File font = new File(fontPath);
        if (!font.canRead()) {
            throw new FontMissingException(fontPath);
        }
        Context context = new Context(locale, model);
        String xhtml = templates.process(template, context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(font, "cjk");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        }
    }
}
