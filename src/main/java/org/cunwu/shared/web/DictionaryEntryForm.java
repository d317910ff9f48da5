package org.cunwu.shared.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An entry of a dictionary staff keep (posts, project categories): a stable code and names in both languages. */
public class DictionaryEntryForm {

    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "{dictionary.code.pattern}")
    @Size(max = 40, message = "{validation.size.max}")
    private String code;

    @NotBlank(message = "{validation.required}")
    @Size(max = 50, message = "{validation.size.max}")
    private String nameZh;

    @NotBlank(message = "{validation.required}")
    @Size(max = 80, message = "{validation.size.max}")
    private String nameEn;

    @NotNull(message = "{validation.required}")
    @Min(value = 0, message = "{validation.min}")
    @Max(value = 9999, message = "{dictionary.sortOrder.max}")
    private Integer sortOrder = 100;

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = nameZh; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public Integer getSortOrder() { return sortOrder; }
    public void setSortOrder(Integer sortOrder) { this.sortOrder = sortOrder; }
}
