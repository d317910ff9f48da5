package org.cunwu.publicnotice.internal;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
class PublicPagesConfig {

    /** The rate limit runs before everything else on public pages: a refused request costs no session, security or query. */
    @Bean
    FilterRegistrationBean<PublicRateLimit> publicRateLimit(PublicPagesProperties properties) {
        FilterRegistrationBean<PublicRateLimit> registration = new FilterRegistrationBean<>(new PublicRateLimit(properties.requestsPerMinute()));
        registration.addUrlPatterns("/public/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
