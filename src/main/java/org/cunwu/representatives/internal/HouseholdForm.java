package org.cunwu.representatives.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A household a representative keeps in touch with, added from the representative's page (limits: representative_household). */
public class HouseholdForm {

    @NotBlank(message = "{household.required}")
    @Size(max = 100, message = "{validation.size.max}")
    private String household;

    @Size(max = 200, message = "{validation.size.max}")
    private String address;

    public String getHousehold() { return household; }
    public void setHousehold(String household) { this.household = household; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
}
