package org.cunwu.ledgers.internal;

import org.cunwu.attachments.AttachmentOwner;
import org.cunwu.shared.access.Access.Editors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A ledger's attachments (the signed ledger sheet, photos of the quarter's work): seen by whoever sees the ledger,
 * added and deleted by its village's secretary as well as its town and the district.
 */
@Configuration
class LedgerAttachments {

    @Bean
    AttachmentOwner ledgerAttachmentOwner(LedgerService service) {
        return AttachmentOwner.of("ledger", Editors.VILLAGE, id -> service.ledger(id).getVillage(), "/ledgers/%d");
    }
}
