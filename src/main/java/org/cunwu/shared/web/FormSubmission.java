package org.cunwu.shared.web;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.cunwu.shared.ConcurrentEditException;
import org.cunwu.shared.InvalidFieldException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one path every form submission takes, so that each controller only says what to save and where to go:
 * binding and validation errors, a field rule the service broke ({@link InvalidFieldException}), a concurrent edit and a
 * database constraint all render the form again with the user's input and a message in the user's language; a
 * one-time token already used (sequentially or at the same moment) goes to the record the first submission made;
 * success redirects (post-redirect-get) with a flash message key.
 */
@Component
public class FormSubmission {

    private static final Logger log = LoggerFactory.getLogger(FormSubmission.class);

    /** The flash attribute the layout shows as the outcome of a successful submission. */
    public static final String SUCCESS = "success";

    /** Starts a submission whose form (with its errors and input) is rendered by {@code formView}. */
    public Submission of(BindingResult result, Supplier<String> formView) {
        return new Submission(result, formView);
    }

    public static final class Submission {

        private final BindingResult result;
        private final Supplier<String> formView;
        private Supplier<Optional<String>> firstRecord = Optional::empty;

        private Submission(BindingResult result, Supplier<String> formView) {
            this.result = result;
            this.formView = formView;
        }

        /**
         * Refuses the submission before its input is looked at when the user may not make it (403; a record outside the
         * user's scope is refused earlier, as not found, when the controller loads it): a reader never sees a form
         * rendered again with errors for a change they could not make.
         */
        public Submission allowedIf(boolean allowed) {
            if (!allowed) {
                throw new AccessDeniedException("may not submit form " + result.getObjectName());
            }
            return this;
        }

        /**
         * Where the record made by an earlier submission of the same form (same one-time token) lives. Looked up when
         * the database refuses a second record: PostgreSQL makes the second insert wait until the first commits, so
         * by then a fresh transaction sees the first record.
         */
        public Submission firstRecord(Supplier<Optional<String>> url) {
            this.firstRecord = url;
            return this;
        }

        /** Runs {@code action}; on success redirects to {@code target} of what it saved with the flash message {@code successKey}. */
        public <T> String save(Supplier<T> action, Function<T, String> target, String successKey, RedirectAttributes redirect) {
            if (result.hasErrors()) {
                return formView.get();
            }
            try {
                T saved = action.get();
                redirect.addFlashAttribute(SUCCESS, successKey);
                return "redirect:" + target.apply(saved);
            } catch (InvalidFieldException e) {
                rejectField(e);
            } catch (ConcurrentEditException | ObjectOptimisticLockingFailureException e) {
                result.reject("edit.conflict");
            } catch (DataIntegrityViolationException e) {
                Optional<String> first = lookUpFirstRecord();
                if (first.isPresent()) {
                    redirect.addFlashAttribute(SUCCESS, successKey);
                    return "redirect:" + first.get();
                }
                // the form checks should have caught this; the database is the last guard, the user still gets their form
                log.warn("form {} refused by the database: {}", result.getObjectName(), e.getMostSpecificCause().getMessage());
                result.reject("form.constraint");
            }
            return formView.get();
        }

        /** Runs {@code action} that returns nothing; on success redirects to {@code target}. */
        public String run(Runnable action, String target, String successKey, RedirectAttributes redirect) {
            return save(() -> {
                action.run();
                return target;
            }, t -> t, successKey, redirect);
        }

        private Optional<String> lookUpFirstRecord() {
            try {
                return firstRecord.get();
            } catch (RuntimeException e) {
                log.warn("looking up the first submission of form {} failed", result.getObjectName(), e);
                return Optional.empty();
            }
        }

        /** A field the form has gets the message beside it; any other (a rule about the whole record) goes above the form. */
        private void rejectField(InvalidFieldException e) {
            Object target = result.getTarget();
            if (e.field() != null && target != null && new BeanWrapperImpl(target).isReadableProperty(e.field())) {
                result.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
            } else {
                result.reject(e.messageKey(), e.arguments(), null);
            }
        }
    }
}
