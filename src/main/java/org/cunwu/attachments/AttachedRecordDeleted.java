package org.cunwu.attachments;

import org.springframework.modulith.NamedInterface;

/**
 * A record that takes attachments is being deleted (published by its module from the deleting transaction): its
 * attachments are deleted in that transaction too, each kept as a line of the attachment log.
 */
@NamedInterface("api")
public record AttachedRecordDeleted(String kind, long id) {
}
