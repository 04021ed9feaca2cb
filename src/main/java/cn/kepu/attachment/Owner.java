package cn.kepu.attachment;

/** The record an attachment belongs to: an activity, a progress report … named by the owning module. */
public record Owner(String type, long id) {

    public static final String ACTIVITY = "activity";
    public static final String PROGRESS_REPORT = "progress-report";

    public static Owner activity(long id) {
        return new Owner(ACTIVITY, id);
    }

    public static Owner progressReport(long id) {
        return new Owner(PROGRESS_REPORT, id);
    }
}
