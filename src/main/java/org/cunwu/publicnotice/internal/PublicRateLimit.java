package org.cunwu.publicnotice.internal;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most {@code cunwu.public-pages.requests-per-minute} public pages per client (its IP address; behind a reverse proxy
 * set {@code server.forward-headers-strategy=native} so it is the resident's, not the proxy's) in each minute; past that
 * the portal's 429 page. Counts live in memory per instance: two instances allow twice as many, which is still a limit.
 */
class PublicRateLimit extends OncePerRequestFilter {

    /** Clients counted at most in one minute; past that the minute starts over rather than holding memory. */
    private static final int CLIENT_LIMIT = 100_000;

    private final int perMinute;
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private volatile long minute;

    PublicRateLimit(int perMinute) {
        this.perMinute = perMinute;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long now = System.currentTimeMillis() / 60_000;
        if (now != minute || counts.size() > CLIENT_LIMIT) {
            synchronized (this) {
                if (now != minute || counts.size() > CLIENT_LIMIT) {
                    counts.clear();
                    minute = now;
                }
            }
        }
        int count = counts.computeIfAbsent(request.getRemoteAddr(), k -> new AtomicInteger()).incrementAndGet();
        if (count > perMinute) {
            response.setHeader("Retry-After", String.valueOf(60 - (System.currentTimeMillis() / 1000) % 60));
            response.sendError(429);
            return;
        }
        chain.doFilter(request, response);
    }
}
