package org.cunwu.evaluations.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One tap on a rating page: a commitment (item), the grade of the button pressed, a comment (required for 不合格). */
class VoteForm {

    @NotNull(message = "{evaluation.vote.itemRequired}")
    private Long itemId;

    @NotNull(message = "{evaluation.vote.gradeRequired}")
    private Grade grade;

    @Size(max = 300, message = "{validation.size.max}")
    private String comment;

    private String token;

    public Long getItemId() { return itemId; }
    public void setItemId(Long itemId) { this.itemId = itemId; }
    public Grade getGrade() { return grade; }
    public void setGrade(Grade grade) { this.grade = grade; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
}
