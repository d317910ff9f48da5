package org.cunwu.evaluations.internal;

import java.util.ArrayList;
import java.util.List;

/** The village's panel for an evaluation: the representatives ticked. */
class PanelForm {

    private List<Long> representativeIds = new ArrayList<>();

    public List<Long> getRepresentativeIds() { return representativeIds; }
    public void setRepresentativeIds(List<Long> representativeIds) { this.representativeIds = representativeIds; }
}
