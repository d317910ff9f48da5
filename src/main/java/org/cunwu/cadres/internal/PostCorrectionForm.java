package org.cunwu.cadres.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.cunwu.shared.validation.EventDate;
import org.springframework.format.annotation.DateTimeFormat;

/** District staff correcting an ended post: a new end day, reason and note, or reopening it; always with a reason why. */
class PostCorrectionForm {

    private Long postId;

    private Long version;

    private boolean reopened;

    @EventDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate toDate;

    private EndReason endReason;

    @Size(max = 500, message = "{validation.size.max}")
    private String endNote;

    @NotBlank(message = "{post.correction.reasonRequired}")
    @Size(max = 500, message = "{validation.size.max}")
    private String reason;

    static PostCorrectionForm of(PostHeld post) {
        PostCorrectionForm form = new PostCorrectionForm();
        form.setPostId(post.getId());
        form.setVersion(post.getVersion());
        form.setToDate(post.getToDate());
        form.setEndReason(post.getEndReason());
        form.setEndNote(post.getEndNote());
        return form;
    }

    public Long getPostId() { return postId; }
    void setPostId(Long postId) { this.postId = postId; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public boolean isReopened() { return reopened; }
    public void setReopened(boolean reopened) { this.reopened = reopened; }
    public LocalDate getToDate() { return toDate; }
    public void setToDate(LocalDate toDate) { this.toDate = toDate; }
    public EndReason getEndReason() { return endReason; }
    public void setEndReason(EndReason endReason) { this.endReason = endReason; }
    public String getEndNote() { return endNote; }
    public void setEndNote(String endNote) { this.endNote = endNote; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
