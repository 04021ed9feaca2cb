package cn.kepu.support;

import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContextManager;

/**
 * The suite's one Spring context — the very one the {@link KepuTest} classes share, from Spring's context cache —
 * for tests that JUnit Jupiter does not run, such as jqwik properties.
 */
public final class SharedContext {

    @KepuTest
    private static final class Anchor {
    }

    private SharedContext() {
    }

    public static ApplicationContext get() {
        return new TestContextManager(Anchor.class).getTestContext().getApplicationContext();
    }

    public static <T> T bean(Class<T> type) {
        return get().getBean(type);
    }
}
