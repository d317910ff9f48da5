package org.cunwu.attachments.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.cunwu.attachments.AttachmentService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding, downloading and deleting attachments. Downloads carry the type read from the content, {@code nosniff}, a
 * sandboxing Content-Security-Policy and a file name; only JPEG and PNG are shown in the browser, a PDF is downloaded.
 */
@Controller
class AttachmentController {

    /** Nothing in a download runs: no script, no plugin, no form, even if a browser were to render it as a page. */
    static final String DOWNLOAD_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

    private final AttachmentService attachments;

    AttachmentController(AttachmentService attachments) {
        this.attachments = attachments;
    }

    @PostMapping("/attachments/{kind}/{ownerId}")
    String upload(@PathVariable String kind, @PathVariable long ownerId,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect) throws IOException {
        String page = attachments.pageToChange(kind, ownerId);
        List<AttachmentService.Upload> uploads = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (!file.isEmpty()) {
                uploads.add(new AttachmentService.Upload(file.getOriginalFilename(), file.getInputStream()));
            }
        }
        if (uploads.isEmpty()) {
            redirect.addFlashAttribute("attachmentMessage", "attachment.none");
            return "redirect:" + page + "#attachments";
        }
        try {
            List<AttachmentService.Refusal> refused = attachments.attach(kind, ownerId, uploads);
            redirect.addFlashAttribute("attachmentRefusals", refused);
            redirect.addFlashAttribute("attachmentsAdded", uploads.size() - refused.size());
        } catch (AttachmentRefusedException e) {
            redirect.addFlashAttribute("attachmentRefusals",
                    List.of(new AttachmentService.Refusal("", e.getMessageKey(), e.getArguments())));
            redirect.addFlashAttribute("attachmentsAdded", 0);
        }
        return "redirect:" + page + "#attachments";
    }

    @GetMapping("/attachments/{id}")
    void download(@PathVariable long id, HttpServletResponse response) throws IOException {
        Attachment attachment = attachments.visible(id);
        ContentDisposition disposition = (attachment.isImage() ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(attachment.getFileName(), StandardCharsets.UTF_8).build();
        safeHeaders(response, attachment.getContentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition.toString());
        response.setContentLengthLong(attachment.getStoredSize());
        attachments.copyContent(attachment, response.getOutputStream());
    }

    @GetMapping("/attachments/{id}/thumbnail")
    void thumbnail(@PathVariable long id, HttpServletResponse response) throws IOException {
        Attachment attachment = attachments.visible(id);
        byte[] thumbnail = attachments.thumbnail(attachment);
        if (thumbnail == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        safeHeaders(response, "image/jpeg");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("thumbnail-" + id + ".jpg").build().toString());
        response.setContentLength(thumbnail.length);
        response.getOutputStream().write(thumbnail);
    }

    @PostMapping("/attachments/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        String page = attachments.delete(id, version == null ? -1 : version);
        redirect.addFlashAttribute("attachmentMessage", "attachment.deleted");
        return "redirect:" + page + "#attachments";
    }

    private static void safeHeaders(HttpServletResponse response, String contentType) {
        response.setContentType(contentType);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", DOWNLOAD_POLICY);
        // the content of an id never changes; the user's browser alone may keep it
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, max-age=86400");
    }
}
