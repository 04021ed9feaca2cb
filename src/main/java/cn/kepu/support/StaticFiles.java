package cn.kepu.support;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceChainRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Static files: ours under /css, /js and /favicon.ico, the webjars under /webjars. Each URL carries a hash of the
 * file's content (bootstrap.min-&lt;hash&gt;.css), so browsers keep them a year and still fetch a new version the moment
 * it changes.
 * <p>
 * Registered here for exactly these paths rather than Spring Boot's default {@code /**}: every link a page writes is
 * offered to the resource chain to be versioned, and under {@code /**} each one — {@code /ledger?page=2},
 * {@code /assignments/123} — was looked up as a file in the jar and, not being one, looked up again on the next
 * request (misses are not cached). That was 40% of the national ledger page's time.
 */
@Configuration
class StaticFiles implements WebMvcConfigurer {

    private static final CacheControl A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        versioned(registry, "/css/**", "classpath:/static/css/");
        versioned(registry, "/js/**", "classpath:/static/js/");
        versioned(registry, "/favicon.ico", "classpath:/static/");
        versioned(registry, "/webjars/**", "classpath:/META-INF/resources/webjars/").addResolver(new LiteWebJarsResourceResolver());
    }

    private static ResourceChainRegistration versioned(ResourceHandlerRegistry registry, String pattern, String location) {
        return registry.addResourceHandler(pattern).addResourceLocations(location).setCacheControl(A_YEAR)
                .resourceChain(true).addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }
}
