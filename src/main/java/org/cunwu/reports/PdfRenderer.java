package org.cunwu.reports;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a report template to PDF with a Chinese TrueType font embedded, so that the text prints everywhere and
 * can be copied out again. Without a usable font it refuses (a PDF of empty boxes helps nobody).
 */
@Component
class PdfRenderer {

    /** The font could not be found: the message names the package that provides it. */
    static final class FontMissingException extends RuntimeException {
        FontMissingException(String path) {
            super("No Chinese font at " + path + " (install Debian's fonts-wqy-microhei or set cunwu.pdf.font)");
        }
    }

    private final TemplateEngine templates;
    private final String fontPath;

    PdfRenderer(TemplateEngine templates, @Value("${cunwu.pdf.font:/usr/share/fonts/truetype/wqy/wqy-microhei.ttc}") String fontPath) {
        this.templates = templates;
        this.fontPath = fontPath;
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
