package org.cunwu.cadres.internal;

import java.time.LocalDate;

import org.cunwu.shared.DateRange;
import org.cunwu.shared.FilterParameters;

/**
 * What the cadre list (one row per post held) is narrowed to; every field optional. The dates are kept as typed
 * ({@code endedFrom}/{@code endedTo}: the day a post ended; {@code onDate}: posts held on that day) so that an
 * unreadable one is reported beside its field instead of clearing the whole filter.
 */
public record CadreFilter(String q, Long townId, Long villageId, Long postTypeId, Boolean current, Boolean nineties,
        Boolean adjusted, String endedFrom, String endedTo, String onDate) {

    public CadreFilter(String q, Long townId, Long villageId, Long postTypeId, Boolean current, Boolean nineties, Boolean adjusted) {
        this(q, townId, villageId, postTypeId, current, nineties, adjusted, null, null, null);
    }

    static CadreFilter of(FilterParameters p) {
        return new CadreFilter(p.text("q"), p.id("townId", "village.town"), p.id("villageId", "post.village"),
                p.id("postTypeId", "post.postType"), p.flag("current", "cadre.filter.current"), p.flag("nineties", "person.nineties"),
                p.flag("adjusted", "cadre.filter.adjusted"), p.text("endedFrom"), p.text("endedTo"), p.text("onDate"));
    }

    public DateRange ended() {
        return DateRange.parse(endedFrom, endedTo);
    }

    /** The day whose posts are listed, or null. */
    public LocalDate heldOn() {
        return DateRange.date(onDate);
    }

    public boolean onDateUnreadable() {
        return onDate != null && !onDate.isBlank() && heldOn() == null;
    }
}
