package org.cunwu.representatives;

import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

/**
 * A public commitment as other modules show it: who pledged what on which day, in which village, and the message key of
 * its status ({@code commitment.status.…}).
 */
@NamedInterface("api")
public record CommitmentRef(Long id, String villageName, String pledgedBy, String content, LocalDate pledgedOn, String statusKey) {
}
