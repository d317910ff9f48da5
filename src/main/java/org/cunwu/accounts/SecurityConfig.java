package org.cunwu.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
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
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginFailureHandler failureHandler, ExpiredSessionForms expiredForms)
            throws Exception {
        http
            .authorizeHttpRequests(auth -> auth
                .requestMatchers("/login", "/webjars/**", "/assets/**", "/favicon.ico", "/error",
                        "/actuator/health").permitAll()
                .requestMatchers("/admin/**").hasRole("ADMIN")
                .anyRequest().authenticated())
            .formLogin(form -> form
                .loginPage("/login")
                .failureHandler(failureHandler)
                .successHandler(new RestoringSuccessHandler())
                .permitAll())
            .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(expiredForms))
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

    /** Back to the form the user was sending when the session expired, if any; otherwise as usual. */
    static final class RestoringSuccessHandler extends org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler {

        RestoringSuccessHandler() {
            setDefaultTargetUrl("/");
        }

        @Override
        public void onAuthenticationSuccess(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                org.springframework.security.core.Authentication authentication) throws java.io.IOException, jakarta.servlet.ServletException {
            jakarta.servlet.http.HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(ExpiredSessionForms.ATTRIBUTE) != null) {
                clearAuthenticationAttributes(request);
                getRedirectStrategy().sendRedirect(request, response, "/account/restore-form");
                return;
            }
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }
}
