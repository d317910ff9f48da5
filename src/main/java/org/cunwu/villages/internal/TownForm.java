package org.cunwu.villages.internal;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.cunwu.villages.District;
import org.cunwu.villages.Town;
import org.cunwu.villages.TownKind;

/**
 * The town form as typed. A JavaBean like {@link VillageForm}, not a record: with setter binding an
 * unreadable value is one field error and every other field is still validated.
 */
class TownForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.size.max}")
    private String name;

    @NotNull(message = "{validation.required}")
    private TownKind kind = TownKind.TOWN;

    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "\\d{12}", message = "{town.code.pattern}")
    @Size(max = 12, message = "{validation.size.max}")
    private String code;

    @NotNull(message = "{town.district.required}")
    private Long districtId;

    private Long version;

    /** A new town; the district is chosen already where the deployment has only one. */
    static TownForm empty(List<District> districts) {
        TownForm form = new TownForm();
        form.districtId = districts.size() == 1 ? districts.get(0).getId() : null;
        return form;
    }

    static TownForm of(Town town) {
        TownForm form = new TownForm();
        form.name = town.getName();
        form.kind = town.getKind();
        form.code = town.getCode();
        form.districtId = town.getDistrict().getId();
        form.version = town.getVersion();
        return form;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public TownKind getKind() { return kind; }
    public void setKind(TownKind kind) { this.kind = kind; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public Long getDistrictId() { return districtId; }
    public void setDistrictId(Long districtId) { this.districtId = districtId; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
