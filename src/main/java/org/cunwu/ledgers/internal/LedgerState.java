package org.cunwu.ledgers.internal;

/** 未提交 → 已提交 (the village) → 已审核 or 已退回 (the town); a returned ledger is submitted again. */
public enum LedgerState {
    DRAFT, SUBMITTED, REVIEWED, RETURNED;

    public String messageKey() {
        return "ledger.state." + name();
    }

    /** Whether the village may (re)write and submit it. */
    public boolean open() {
        return this == DRAFT || this == RETURNED;
    }
}
