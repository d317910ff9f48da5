package org.cunwu.campaigns.internal;

import java.time.LocalDate;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * A result a campaign may count in its villages and period, with the list that shows the counted records: each measure
 * counts exactly what its list shows for one village ({@code villageId}) and the period's days, so a count and its link agree.
 */
public enum ResultMeasure {

    /** Posts ended as not competent (调整不胜任村干部), by the day they ended. */
    CADRES_ADJUSTED("/cadres", "adjusted", "ended"),
    /** Projects the village leads that first went into operation in the period (a restart is not new). */
    NEW_OPERATING_PROJECTS("/projects", "leadOnly", "operating"),
    /** Petitions (信访) resolved in the period. */
    PETITIONS_RESOLVED("/problems", "petition", "resolved"),
    /** Every problem resolved in the period, petition or not. */
    PROBLEMS_RESOLVED("/problems", null, "resolved"),
    /** Public commitments pledged in the period and fulfilled since (the commitment list's period is the day pledged). */
    COMMITMENTS_FULFILLED("/commitments", "publicNotice", "pledged");

    private final String list;
    private final String flag;
    private final String datePrefix;

    ResultMeasure(String list, String flag, String datePrefix) {
        this.list = list;
        this.flag = flag;
        this.datePrefix = datePrefix;
    }

    public String messageKey() {
        return "campaign.measure." + name();
    }

    /** The list of the records counted for one village in the period (both days included). */
    public String listOf(Long villageId, LocalDate from, LocalDate to) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(list).queryParam("villageId", villageId);
        if (flag != null) {
            uri.queryParam(flag, true);
        }
        switch (this) {
            case PETITIONS_RESOLVED, PROBLEMS_RESOLVED -> uri.queryParam("status", "RESOLVED");
            case COMMITMENTS_FULFILLED -> uri.queryParam("status", "FULFILLED");
            default -> { }
        }
        return uri.queryParam(datePrefix + "From", from).queryParam(datePrefix + "To", to).build().toUriString();
    }
}
