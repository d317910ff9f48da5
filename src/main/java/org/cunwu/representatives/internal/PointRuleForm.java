package org.cunwu.representatives.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A point rule's new value from the points page; one form per rule row, so it carries the rule's id for the row's errors. */
class PointRuleForm {

    private Long ruleId;

    @NotNull(message = "{points.rule.invalid}")
    @Min(value = -100, message = "{points.rule.invalid}")
    @Max(value = 100, message = "{points.rule.invalid}")
    private Integer points;

    public Long getRuleId() { return ruleId; }
    void setRuleId(Long ruleId) { this.ruleId = ruleId; }
    public Integer getPoints() { return points; }
    public void setPoints(Integer points) { this.points = points; }
}
