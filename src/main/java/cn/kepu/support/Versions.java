package cn.kepu.support;

/**
 * The one rule for a record several people may edit: an edit names the version it started from. None named — an
 * API call that never read the record — is refused ({@link VersionRequired}, 428); an older one means someone saved
 * in between ({@link StaleVersion}, 409 with the current values), and nothing is overwritten silently.
 */
public final class Versions {

    private Versions() {
    }

    /**
     * @param what the record in the user's words, with its name: "活动“科普讲座进社区”"
     */
    public static void check(Long edited, long current, long id, String what) {
        if (edited == null) {
            throw new VersionRequired(what);
        }
        if (edited != current) {
            throw new StaleVersion(id, current, what);
        }
    }
}
