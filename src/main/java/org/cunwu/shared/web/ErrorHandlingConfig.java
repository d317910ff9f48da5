package org.cunwu.shared.web;

import jakarta.servlet.DispatcherType;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers the parameter check before the session and security filters, and again for the error page it leads to;
 * and the page of requests Tomcat refuses before the portal sees them ({@link ConnectorErrorValve}).
 */
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

    /**
     * Replaces the host's error report valve (Boot's, which prints Tomcat's English page) with the portal's. Runs after
     * Boot's own customizer, which adds that valve.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> connectorErrorPage(MessageSource messages) {
        return new WebServerFactoryCustomizer<>() {
            @Override
            public void customize(TomcatServletWebServerFactory factory) {
                factory.addContextCustomizers(context -> {
                    for (Valve valve : context.getParent().getPipeline().getValves()) {
                        if (valve instanceof ErrorReportValve) {
                            context.getParent().getPipeline().removeValve(valve);
                        }
                    }
                    context.getParent().getPipeline().addValve(new ConnectorErrorValve(messages));
                    if (context.getParent() instanceof StandardHost host) {
                        // the host adds a valve of this class when it starts unless it already holds one
                        host.setErrorReportValveClass(ConnectorErrorValve.class.getName());
                    }
                });
            }
        };
    }
}
