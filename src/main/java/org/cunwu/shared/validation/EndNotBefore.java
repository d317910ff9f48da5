package org.cunwu.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.springframework.beans.BeanWrapperImpl;

/**
 * A pair of a form's properties (dates or numbers) where the end may not come before the start; the
 * error is shown on the end field. Either left empty is fine: whether one is required is its own rule.
 */
@Documented
@Constraint(validatedBy = EndNotBefore.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(EndNotBefore.List.class)
public @interface EndNotBefore {

    String start();

    String end();

    /** True: the end must come after the start, the same day or number is an error too. */
    boolean strict() default false;

    String message() default "{validation.end.beforeStart}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @Documented
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface List {
        EndNotBefore[] value();
    }

    class Validator implements ConstraintValidator<EndNotBefore, Object> {

        private String start;
        private String end;
        private boolean strict;

        @Override
        public void initialize(EndNotBefore annotation) {
            start = annotation.start();
            end = annotation.end();
            strict = annotation.strict();
        }

        @Override
        @SuppressWarnings({ "unchecked", "rawtypes" })
        public boolean isValid(Object form, ConstraintValidatorContext context) {
            if (form == null) {
                return true;
            }
            BeanWrapperImpl bean = new BeanWrapperImpl(form);
            Object from = bean.getPropertyValue(start);
            Object to = bean.getPropertyValue(end);
            if (from == null || to == null || ((Comparable) to).compareTo(from) >= (strict ? 1 : 0)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode(end).addConstraintViolation();
            return false;
        }
    }
}
