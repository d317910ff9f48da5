package org.cunwu.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * The page of a request Tomcat refuses before the portal sees it (a path with broken percent-encoding such as
 * {@code /villages/%ZZ}, an invalid URI): in both languages, as the request has no session or locale yet, with the
 * portal's words instead of Tomcat's English "HTTP Status 400" page. Every other error is the portal's own page.
 */
class ConnectorErrorValve extends ErrorReportValve {

    private static final Locale[] LANGUAGES = {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH};

    private final MessageSource messages;

    ConnectorErrorValve(MessageSource messages) {
        this.messages = messages;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        String kind = switch (status) {
            case 400, 403, 404, 405, 409, 500 -> String.valueOf(status);
            default -> status < 500 ? "4xx" : "500";
        };
        StringBuilder page = new StringBuilder("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(text("error." + kind + ".title", Locale.SIMPLIFIED_CHINESE)).append("</title>")
                .append("<style>body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:40rem;padding:0 1rem;")
                .append("color:#212529}h1{font-size:1.5rem}section+section{border-top:1px solid #dee2e6;margin-top:1.5rem}</style>")
                .append("</head><body>");
        for (Locale language : LANGUAGES) {
            page.append("<section lang=\"").append(language.toLanguageTag()).append("\"><h1>")
                    .append(text("error." + kind + ".title", language)).append("</h1><p>")
                    .append(text("error." + kind + ".text", language)).append("</p><p><a href=\"/\">")
                    .append(text("error.home", language)).append("</a></p></section>");
        }
        page.append("</body></html>");
        try {
            response.setContentType("text/html");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(page.toString());
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response cannot be written: nothing more to say
        }
    }

    private String text(String key, Locale language) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, new Object[] {"10 MB"}, key, language));
    }
}
