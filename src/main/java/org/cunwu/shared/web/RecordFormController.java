package org.cunwu.shared.web;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.cunwu.shared.VersionedEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The creation and update forms of a record type, written once (petclinic's {@code initCreationForm} /
 * {@code processCreationForm} / {@code initUpdateForm} / {@code processUpdateForm}): one template for both, the form in
 * the model as {@code form} and the record being edited under its name, every submission through {@link FormSubmission}
 * (errors, conflicts and a form sent twice are handled the same way everywhere), and a redirect to the record's page
 * ({@code path/id}) with a flash message. A record type describes itself once ({@link RecordForms}) and names its
 * form's template with its choices ({@link #form}). A creation form pre-filled from request parameters is a more
 * specific mapping in the subclass ({@code @GetMapping(value = "/new", params = …)}) that ends in {@link #creationForm}.
 *
 * @param <R> the record
 * @param <F> its form
 */
public abstract class RecordFormController<R extends VersionedEntity, F> {

    private final RecordForms<R, F> forms;
    private final FormSubmission submissions;

    protected RecordFormController(RecordForms<R, F> forms, FormSubmission submissions) {
        this.forms = forms;
        this.submissions = submissions;
    }

    /** Adds what the form's choices need and names the form's template. */
    protected abstract String form(Model model);

    /** The form the page shows (in the model as {@code form}), for choices that follow what it holds (its village, say). */
    @SuppressWarnings("unchecked")
    protected F shownForm(Model model) {
        return (F) model.getAttribute("form");
    }

    /** Checks that only a new record's form needs, beside its annotations (errors go into {@code result}); none by default. */
    protected void checkCreation(F form, BindingResult result) {
    }

    @GetMapping("/new")
    public String initCreationForm(Model model) {
        forms.requireCreate().run();
        return creationForm(forms.newForm().get(), model);
    }

    /** The creation page with this form (the caller has checked that the user may create). */
    protected String creationForm(F form, Model model) {
        model.addAttribute("form", form);
        return form(model);
    }

    @PostMapping("/new")
    public String processCreationForm(@Valid @ModelAttribute("form") F form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        forms.requireCreate().run();
        checkCreation(form, result);
        return submissions.of(result, () -> form(model))
                .firstRecord(() -> forms.firstRecord().apply(form).map(this::pageOf))
                .save(() -> forms.create().apply(form).getId(), this::pageOf, forms.createdKey(), redirect);
    }

    @GetMapping("/{id:\\d+}/edit")
    public String initUpdateForm(@PathVariable Long id, Model model) {
        model.addAttribute("form", forms.formOf().apply(editable(id, model)));
        return form(model);
    }

    @PostMapping("/{id:\\d+}/edit")
    public String processUpdateForm(@PathVariable Long id, @Valid @ModelAttribute("form") F form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        editable(id, model);
        return submissions.of(result, () -> form(model))
                .firstRecord(() -> forms.firstRecord().apply(form).map(this::pageOf))
                .run(() -> forms.update().accept(id, form), pageOf(id), forms.savedKey(), redirect);
    }

    /** The record to edit, put in the model under its name for the form page. */
    private R editable(Long id, Model model) {
        R record = forms.editable().apply(id);
        model.addAttribute(forms.name(), record);
        return record;
    }

    private String pageOf(Long id) {
        return forms.path() + "/" + id;
    }

    /**
     * A record type's forms: its pages' root ({@code /commitments}), its name in the model, the flash messages after
     * creating and after saving, who may create (refused with 403 before any input is looked at), an empty form, the
     * record to edit (404 when the user does not see it, 403 when they may not change it), its form, and how a form is
     * written; {@code firstRecord} finds the record an earlier submission of the same form (same one-time token) made.
     */
    public record RecordForms<R, F>(String path, String name, String createdKey, String savedKey, Runnable requireCreate,
            Supplier<F> newForm, Function<Long, R> editable, Function<R, F> formOf, Function<F, R> create,
            BiConsumer<Long, F> update, Function<F, Optional<Long>> firstRecord) {

        /** Forms whose service creates and updates in two methods; the flash messages are {@code name.created} and {@code name.saved}. */
        public static <R, F> RecordForms<R, F> creating(String path, String name, Runnable requireCreate, Supplier<F> newForm,
                Function<Long, R> editable, Function<R, F> formOf, Function<F, R> create, BiConsumer<Long, F> update) {
            return new RecordForms<>(path, name, name + ".created", name + ".saved", requireCreate, newForm, editable, formOf,
                    create, update, form -> Optional.empty());
        }

        /** Forms whose one save method creates ({@code id} null) or updates, with one message for both. */
        public static <R, F> RecordForms<R, F> saving(String path, String name, Runnable requireCreate, Supplier<F> newForm,
                Function<Long, R> editable, Function<R, F> formOf, SaveMethod<R, F> save) {
            return new RecordForms<>(path, name, name + ".saved", name + ".saved", requireCreate, newForm, editable, formOf,
                    form -> save.save(null, form), save::save, form -> Optional.empty());
        }

        /** The same forms, where a form sent twice resolves to the record its first submission made. */
        public RecordForms<R, F> withFirstRecord(Function<F, Optional<Long>> firstRecord) {
            return new RecordForms<>(path, name, createdKey, savedKey, requireCreate, newForm, editable, formOf, create, update,
                    firstRecord);
        }

        /** The record {@code find} answers (404 when the user does not see it), refused (403) unless {@code mayEdit} it. */
        public static <R> Function<Long, R> editableIf(Function<Long, R> find, Predicate<R> mayEdit) {
            return id -> {
                R record = find.apply(id);
                if (!mayEdit.test(record)) {
                    throw new AccessDeniedException("may not edit record " + id);
                }
                return record;
            };
        }

        /** The record {@code find} answers once {@code require} let the user through (403 before 404). */
        public static <R> Function<Long, R> after(Runnable require, Function<Long, R> find) {
            return id -> {
                require.run();
                return find.apply(id);
            };
        }

        /** Refuses (403) unless {@code allowed}. */
        public static Runnable allowedIf(BooleanSupplier allowed, String what) {
            return () -> {
                if (!allowed.getAsBoolean()) {
                    throw new AccessDeniedException("may not " + what);
                }
            };
        }
    }

    /** A service's save: creates the record when {@code id} is null, otherwise updates it checking the form's version. */
    @FunctionalInterface
    public interface SaveMethod<R, F> {
        R save(Long id, F form);
    }
}
