package org.cunwu.talent;

/** What the partner project list is narrowed to; bound from its query parameters. */
record PartnerFilter(String q, PartnerStatus status, Long townId, Long villageId) {

    static PartnerFilter none() {
        return new PartnerFilter(null, null, null, null);
    }
}
