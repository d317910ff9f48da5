package org.cunwu.shared.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The app's own files ({@code /assets/**}, from {@code static/}) and the webjars ({@code /webjars/**}) under URLs that
 * carry a hash of their content ({@code cunwu-5f3a….css}): pages name them through {@code @{…}}, which Boot's
 * ResourceUrlEncodingFilter rewrites, so a browser may keep each file for a year without asking again, and a changed
 * file gets a new URL. Boot's own resource mappings are off ({@code spring.web.resources.add-mappings=false}) because
 * its properties cannot say "immutable".
 *
 * <p>Only these two patterns are resource paths: every other link a page draws (hundreds on a report) fails the
 * pattern match at once instead of being looked up on the classpath, which once took two thirds of a report's CPU.
 * The chain's cache keeps each file's hashed URL after its first look-up.
 */
@Configuration
class StaticAssetsConfig implements WebMvcConfigurer {

    static final CacheControl ONE_YEAR_IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(ONE_YEAR_IMMUTABLE)
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(ONE_YEAR_IMMUTABLE)
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"))
                // /webjars/bootstrap/dist/… without the library's version, as the templates write it
                .addResolver(new LiteWebJarsResourceResolver());
    }
}
