package org.cunwu.ledgers.internal;

import java.util.UUID;

import jakarta.validation.constraints.Size;

/** The secretary's part of a ledger: the quarter's work summary, the plan, the declaration, and the version and token seen. */
public class LedgerForm {

    private Long version;

    private String token;

    @Size(max = 2000, message = "{validation.size.max}")
    private String summary;

    @Size(max = 2000, message = "{validation.size.max}")
    private String plan;

    private boolean declared;

    static LedgerForm of(Ledger ledger) {
        LedgerForm form = new LedgerForm();
        form.version = ledger.getVersion();
        form.token = UUID.randomUUID().toString();
        form.summary = ledger.getSummary();
        form.plan = ledger.getPlan();
        form.declared = ledger.isDeclared();
        return form;
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getPlan() { return plan; }
    public void setPlan(String plan) { this.plan = plan; }
    public boolean isDeclared() { return declared; }
    public void setDeclared(boolean declared) { this.declared = declared; }
}
