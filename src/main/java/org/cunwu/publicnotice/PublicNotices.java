package org.cunwu.publicnotice;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.cunwu.publicnotice.internal.PublicNoticeQr;
import org.cunwu.publicnotice.internal.PublicPagesProperties;
import org.cunwu.shared.RecordNotFoundException;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The villages' public notice pages: their data from the registered sections, kept for a short while (a notice board's
 * QR code is scanned in bursts, after a meeting), and the address and QR code the printed notice board carries.
 */
@NamedInterface("api")
@Service
@EnableConfigurationProperties(PublicPagesProperties.class)
public class PublicNotices {

    /** Pages kept at most; more villages than this simply read their records again. */
    private static final int CACHE_LIMIT = 5_000;

    private final VillageService villages;
    private final List<PublicNoticeSection> sections;
    private final PublicPagesProperties properties;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    PublicNotices(VillageService villages, List<PublicNoticeSection> sections, PublicPagesProperties properties, Clock clock) {
        this.villages = villages;
        this.sections = sections.stream().sorted(Comparator.comparingInt(PublicNoticeSection::order)).toList();
        this.properties = properties;
        this.clock = clock;
    }

    /** A village's public page as it is shown. */
    public record Page(PublicVillage village, List<PublicNoticeSection.View> sections, Instant madeAt) {
    }

    private record Cached(Page page, Instant until) {
    }

    public boolean enabled() {
        return properties.enabled();
    }

    /** The address and QR code of a village's public page for its printed notice board; empty when public pages are off. */
    public Optional<Link> linkOf(Village village) {
        if (!properties.enabled()) {
            return Optional.empty();
        }
        String base = properties.baseUrl().isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
                : properties.baseUrl();
        String url = base + "/public/villages/" + URLEncoder.encode(village.getCode(), StandardCharsets.UTF_8).replace("+", "%20");
        return Optional.of(new Link(url, PublicNoticeQr.svg(url)));
    }

    /** A public page's address and its QR code as SVG markup (made here, safe to put in the page as it is). */
    public record Link(String url, String svg) {
    }

    /** The page of the village with this code; not found when public pages are off or no village has the code. */
    public Page page(String code) {
        if (!properties.enabled()) {
            throw new RecordNotFoundException("public page", code);
        }
        Instant now = Instant.now(clock);
        Cached cached = cache.get(code);
        if (cached != null && cached.until().isAfter(now)) {
            return cached.page();
        }
        Village village = villages.anyByCode(code).orElseThrow(() -> new RecordNotFoundException("village code", code));
        PublicVillage shown = new PublicVillage(village.getId(), village.getCode(), village.getName(), village.getTown().getName());
        List<PublicNoticeSection.View> views = sections.stream()
                .map(s -> new PublicNoticeSection.View(s.template(), s.fragment(), s.data(shown)))
                .filter(v -> !v.data().isEmpty())
                .toList();
        Page page = new Page(shown, views, now);
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(code, new Cached(page, now.plusSeconds(properties.serverCacheSeconds())));
        return page;
    }

    public int cacheSeconds() {
        return properties.cacheSeconds();
    }
}
