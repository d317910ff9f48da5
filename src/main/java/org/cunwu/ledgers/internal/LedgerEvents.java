package org.cunwu.ledgers.internal;

/** What happened to a ledger, published in the step's transaction for whoever must know (the inbox items of this module). */
public final class LedgerEvents {

    private LedgerEvents() {
    }

    /** The ledger and where it belongs, as every event names it. */
    public record Subject(long ledgerId, long villageId, String villageName, long townId, int year, int quarter) {
    }

    public record Submitted(Subject ledger) {
    }

    public record Reviewed(Subject ledger) {
    }

    public record Returned(Subject ledger, String reason) {
    }
}
