package org.cunwu.ledgers.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.cunwu.shared.validation.EventDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The district's due days of a year's four quarterly ledgers. */
public class DueDaysForm {

    @NotNull(message = "{validation.required}")
    @Min(value = 2000, message = "{ledger.year.range}")
    @Max(value = 2100, message = "{ledger.year.range}")
    private Integer year;

    @NotNull(message = "{validation.required}") @EventDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate q1;
    @NotNull(message = "{validation.required}") @EventDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate q2;
    @NotNull(message = "{validation.required}") @EventDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate q3;
    @NotNull(message = "{validation.required}") @EventDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate q4;

    LocalDate of(int quarter) {
        return switch (quarter) {
            case 1 -> q1;
            case 2 -> q2;
            case 3 -> q3;
            default -> q4;
        };
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public LocalDate getQ1() { return q1; }
    public void setQ1(LocalDate q1) { this.q1 = q1; }
    public LocalDate getQ2() { return q2; }
    public void setQ2(LocalDate q2) { this.q2 = q2; }
    public LocalDate getQ3() { return q3; }
    public void setQ3(LocalDate q3) { this.q3 = q3; }
    public LocalDate getQ4() { return q4; }
    public void setQ4(LocalDate q4) { this.q4 = q4; }
}
