package org.cunwu.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A day something happens in the portal's work (a project starts, a problem is reported): its year lies
 * in 1949–2100, so a mistyped or negative year is a field error instead of a record dated 2 BC that the
 * reports then count.
 */
@Documented
@Constraint(validatedBy = EventDate.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface EventDate {

    int MIN_YEAR = 1949;
    int MAX_YEAR = 2100;

    String message() default "{validation.date.eventYear}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    int min() default MIN_YEAR;

    int max() default MAX_YEAR;

    class Validator implements ConstraintValidator<EventDate, LocalDate> {

        private int min;
        private int max;

        @Override
        public void initialize(EventDate annotation) {
            min = annotation.min();
            max = annotation.max();
        }

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || (value.getYear() >= min && value.getYear() <= max);
        }
    }
}
