package org.cunwu.shared.web;

/**
 * A part of a page that another module contributes (see the villages module's {@code DossierSection}): where it stands
 * and which Thymeleaf fragment draws it, said once in the constructor. The fragment reads its data from
 * {@code ${section}}; its name must be no HTML element name, since Thymeleaf's selector would also match such elements.
 * The accessors are not final so that a transactional section's proxy hands them on.
 */
public abstract class PageSection {

    private final int order;
    private final String template;
    private final String fragment;

    protected PageSection(int order, String template, String fragment) {
        this.order = order;
        this.template = template;
        this.fragment = fragment;
    }

    /** Where on the page, smaller first. */
    public int order() {
        return order;
    }

    /** The template holding the fragment, e.g. {@code cadres/dossier}. */
    public String template() {
        return template;
    }

    public String fragment() {
        return fragment;
    }
}
