package org.cunwu.evaluations.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cunwu.shared.validation.EventDate;

/** Opening a year's evaluation: which year, its title, the closing day, the grade rule and the escalation threshold. */
class EvaluationForm {

    @NotNull(message = "{evaluation.year.required}")
    @Min(value = 1949, message = "{evaluation.year.range}")
    @Max(value = 2100, message = "{evaluation.year.range}")
    private Integer year;

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.size.max}")
    private String title;

    @NotNull(message = "{validation.required}")
    @EventDate
    private LocalDate closesOn;

    @NotNull(message = "{validation.required}")
    private GradeRule gradeRule = GradeRule.MAJORITY;

    @NotNull(message = "{evaluation.threshold.range}")
    @Min(value = 1, message = "{evaluation.threshold.range}")
    @Max(value = 100, message = "{evaluation.threshold.range}")
    private Integer thresholdPercent = 30;

    private String token = UUID.randomUUID().toString();

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getClosesOn() { return closesOn; }
    public void setClosesOn(LocalDate closesOn) { this.closesOn = closesOn; }
    public GradeRule getGradeRule() { return gradeRule; }
    public void setGradeRule(GradeRule gradeRule) { this.gradeRule = gradeRule; }
    public Integer getThresholdPercent() { return thresholdPercent; }
    public void setThresholdPercent(Integer thresholdPercent) { this.thresholdPercent = thresholdPercent; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
}
