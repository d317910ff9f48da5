package org.cunwu.accounts.internal;

import java.io.IOException;
import java.time.Instant;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Form login on our own page, CSRF on every form (Spring Security's default), and headers that keep
 * pages from being framed, sniffed or running inline script.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginFailureHandler failureHandler, ExpiredSessionForms expiredForms,
            UserAccountRepository accounts) throws Exception {
        http
            .authorizeHttpRequests(auth -> auth
                .requestMatchers("/login", "/webjars/**", "/assets/**", "/favicon.ico", "/error",
                        "/actuator/health").permitAll()
                // villages' public notice pages: read without signing in (publicnotice; 404 unless turned on)
                .requestMatchers("/public/**").permitAll()
                // only health is exposed (application.properties); anything operations adds later is for administrators
                .requestMatchers("/actuator", "/actuator/**").hasRole("ADMIN")
                .requestMatchers("/admin/**").hasRole("ADMIN")
                .anyRequest().authenticated())
            .formLogin(form -> form
                .loginPage("/login")
                .failureHandler(failureHandler)
                .successHandler(new RestoringSuccessHandler(accounts))
                .permitAll())
            .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(expiredForms))
            .addFilterAfter(new PasswordChangeRequired(), AuthorizationFilter.class)
            .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** bcrypt today, and a stored hash says which algorithm made it, so it can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The password is checked before anything about the account is: a locked or disabled account is named only to
     * someone who typed its password, and an unknown name, a locked account and a wrong password take the same time
     * and get the same answer (see {@link LoginFailureHandler}).
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(PortalUserDetailsService users, PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPreAuthenticationChecks(user -> { });
        provider.setPostAuthenticationChecks(user -> {
            if (!user.isAccountNonLocked()) {
                throw new LockedException("locked");
            }
            if (!user.isEnabled()) {
                throw new DisabledException("disabled");
            }
        });
        return provider;
    }

    /**
     * After signing in: to the password change when an administrator set the password, else back to the form the
     * user was sending when the session expired, if any; otherwise as usual.
     */
    static final class RestoringSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

        private final UserAccountRepository accounts;

        RestoringSuccessHandler(UserAccountRepository accounts) {
            this.accounts = accounts;
            setDefaultTargetUrl("/");
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                throws IOException, ServletException {
            HttpSession session = request.getSession(false);
            if (accounts.findByUsername(authentication.getName()).map(UserAccount::isMustChangePassword).orElse(false)) {
                request.getSession().setAttribute(PasswordChangeRequired.ATTRIBUTE, Instant.now().toString());
                clearAuthenticationAttributes(request);
                getRedirectStrategy().sendRedirect(request, response, PasswordChangeRequired.PAGE);
                return;
            }
            if (session != null && session.getAttribute(ExpiredSessionForms.ATTRIBUTE) != null) {
                clearAuthenticationAttributes(request);
                getRedirectStrategy().sendRedirect(request, response, "/account/restore-form");
                return;
            }
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }
}
