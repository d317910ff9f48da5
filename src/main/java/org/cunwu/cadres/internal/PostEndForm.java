package org.cunwu.cadres.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cunwu.shared.validation.EventDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Ending a post (离任/调整) from the person's page. The reason has no default and the user confirms, so one click
 * never ends a post; the post's id is carried so the page shows the errors on the row that was sent.
 */
class PostEndForm {

    private Long postId;

    private Long version;

    @NotNull(message = "{validation.required}")
    @EventDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate toDate;

    @NotNull(message = "{post.endReason.choose}")
    private EndReason endReason;

    @Size(max = 500, message = "{validation.size.max}")
    private String endNote;

    @AssertTrue(message = "{post.end.confirmRequired}")
    private boolean confirmed;

    static PostEndForm blank(LocalDate today) {
        PostEndForm form = new PostEndForm();
        form.setToDate(today);
        return form;
    }

    public Long getPostId() { return postId; }
    void setPostId(Long postId) { this.postId = postId; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public LocalDate getToDate() { return toDate; }
    public void setToDate(LocalDate toDate) { this.toDate = toDate; }
    public EndReason getEndReason() { return endReason; }
    public void setEndReason(EndReason endReason) { this.endReason = endReason; }
    public String getEndNote() { return endNote; }
    public void setEndNote(String endNote) { this.endNote = endNote; }
    public boolean isConfirmed() { return confirmed; }
    public void setConfirmed(boolean confirmed) { this.confirmed = confirmed; }
}
