package org.cunwu.publicnotice.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code cunwu.public-pages.*}: whether villages' public notice pages exist (off unless set: README), the address residents
 * reach them at (for the QR code), and how they are cached and rate-limited.
 *
 * @param baseUrl e.g. {@code https://cunwu.example.gov.cn}; empty: the address of the request that prints the notice board
 * @param cacheSeconds how long browsers and proxies may keep a page ({@code Cache-Control: public, max-age})
 * @param serverCacheSeconds how long the portal keeps a page's data before reading the records again
 * @param requestsPerMinute how many pages one client (IP address) may open per minute before it is answered 429
 */
@ConfigurationProperties("cunwu.public-pages")
public record PublicPagesProperties(boolean enabled, String baseUrl, Integer cacheSeconds, Integer serverCacheSeconds,
        Integer requestsPerMinute) {

    public PublicPagesProperties {
        baseUrl = baseUrl == null ? "" : baseUrl.trim().replaceAll("/+$", "");
        cacheSeconds = cacheSeconds == null ? 300 : cacheSeconds;
        serverCacheSeconds = serverCacheSeconds == null ? 60 : serverCacheSeconds;
        requestsPerMinute = requestsPerMinute == null ? 60 : requestsPerMinute;
    }
}
