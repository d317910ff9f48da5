package org.cunwu.shared.web;

import java.util.List;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The portal's main menu, in one list: the layout draws the items the signed-in user may open
 * ({@code @navigation.items()}); a page marks its own item by passing the item's menu id to the layout.
 */
@Component
public class Navigation {

    /** One menu entry: the message key of its label, its address, the menu id pages pass, the role it needs (or null). */
    public record Item(String labelKey, String url, String menu, String role) {
    }

    static final List<Item> ITEMS = List.of(
            new Item("nav.home", "/", "home", null),
            new Item("nav.villages", "/villages", "villages", null),
            new Item("nav.towns", "/towns", "towns", null),
            new Item("nav.clusters", "/clusters", "clusters", null),
            new Item("nav.zones", "/zones", "zones", null),
            new Item("nav.campaigns", "/campaigns", "campaigns", null),
            new Item("nav.projects", "/projects", "projects", null),
            new Item("nav.representatives", "/representatives", "representatives", null),
            new Item("nav.receptions", "/receptions", "receptions", null),
            new Item("nav.problems", "/problems", "problems", null),
            new Item("nav.evaluations", "/evaluations", "evaluations", null),
            new Item("nav.cadres", "/cadres", "cadres", null),
            new Item("nav.talent", "/talent", "talent", null),
            new Item("nav.reports", "/reports", "reports", null),
            new Item("nav.admin", "/admin/users", "admin", "ROLE_ADMIN"));

    /** The items the signed-in user may open; none for an anonymous visitor. */
    public List<Item> items() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || user instanceof AnonymousAuthenticationToken || !user.isAuthenticated()) {
            return List.of();
        }
        return ITEMS.stream().filter(item -> item.role() == null
                || user.getAuthorities().stream().anyMatch(a -> item.role().equals(a.getAuthority()))).toList();
    }
}
