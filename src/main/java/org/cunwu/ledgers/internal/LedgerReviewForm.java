package org.cunwu.ledgers.internal;

import jakarta.validation.constraints.Size;

/** The town's step on a submitted ledger: a review comment, or the reason it is returned, with the version seen. */
public class LedgerReviewForm {

    private Long version;

    @Size(max = 500, message = "{validation.size.max}")
    private String text;

    static LedgerReviewForm of(Ledger ledger) {
        LedgerReviewForm form = new LedgerReviewForm();
        form.version = ledger.getVersion();
        return form;
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
