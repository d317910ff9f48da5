package org.cunwu.attachments;

import java.util.function.LongFunction;

import org.cunwu.shared.access.Access;
import org.cunwu.villages.Village;
import org.springframework.modulith.NamedInterface;

/**
 * A kind of record that takes attachments, registered by the module that owns it as a bean: its name, how a record
 * of the kind is found for the signed-in user (not found when they may not see it, so an attachment is exactly as
 * visible as its record), who changes it, and where its page is. A new kind is one bean, e.g.
 * {@code AttachmentOwner.of("ledger", Editors.VILLAGE, id -> ledgers.get(id).getVillage(), "/ledgers/%d")}.
 */
@NamedInterface("api")
public interface AttachmentOwner {

    /** The kind's name in addresses and in the attachment table, e.g. {@code commitment}: lower case letters and dashes. */
    String kind();

    /**
     * The record for the signed-in user; throws {@link org.cunwu.shared.RecordNotFoundException} when they may not see it.
     * This lookup is the attachments' read check: use the module's own scoped lookup (it runs in a read-only transaction).
     */
    Owner find(long id);

    /** What attachments need to know of their record: the village whose editors change it (Access decides), and its page. */
    record Owner(Long townId, Long villageId, Access.Editors editors, String page) {
    }

    /**
     * The usual owner: a record of one village, looked up through the owning module's own scoped lookup.
     *
     * @param page the record's page with {@code %d} for its id, e.g. {@code /commitments/%d}
     */
    static AttachmentOwner of(String kind, Access.Editors editors, LongFunction<Village> villageOf, String page) {
        return new AttachmentOwner() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public Owner find(long id) {
                Village village = villageOf.apply(id);
                return new Owner(village.getTown().getId(), village.getId(), editors, page.formatted(id));
            }
        };
    }
}
