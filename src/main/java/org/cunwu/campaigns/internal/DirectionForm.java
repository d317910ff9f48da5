package org.cunwu.campaigns.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A campaign's new direction, added from the campaign's page (limits: campaign_direction.name). */
public class DirectionForm {

    @NotBlank(message = "{direction.name.required}")
    @Size(max = 200, message = "{validation.size.max}")
    private String name;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
