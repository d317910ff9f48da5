package org.cunwu.shared.web;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers the parameter check before the session and security filters, and again for the error page it leads to. */
@Configuration
class ErrorHandlingConfig {

    @Bean
    FilterRegistrationBean<RequestParameterFilter> requestParameterFilter() {
        FilterRegistrationBean<RequestParameterFilter> registration = new FilterRegistrationBean<>(new RequestParameterFilter());
        // after the character encoding filter (HIGHEST_PRECEDENCE), so a form body is read as UTF-8;
        // before Spring Session (HIGHEST_PRECEDENCE + 50) and Spring Security (-100)
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }
}
