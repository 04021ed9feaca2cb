package cn.kepu.works;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One category of a call: the formats it accepts (by content), the largest file, and whether a link may stand for a file. */
@Embeddable
public class CallCategory {

    @Enumerated(EnumType.STRING)
    private WorkCategory category;
    private String formats;
    @Column(name = "max_mb")
    private int maxMb;
    private boolean linkAllowed;

    protected CallCategory() {
    }

    CallCategory(WorkCategory category, List<WorkFormat> formats, int maxMb, boolean linkAllowed) {
        this.category = category;
        this.formats = formats.stream().map(Enum::name).collect(Collectors.joining(","));
        this.maxMb = maxMb;
        this.linkAllowed = linkAllowed;
    }

    public WorkCategory getCategory() {
        return category;
    }

    public List<WorkFormat> getFormats() {
        return formats == null || formats.isBlank() ? List.of()
                : Arrays.stream(formats.split(",")).map(WorkFormat::valueOf).toList();
    }

    public int getMaxMb() {
        return maxMb;
    }

    public boolean isLinkAllowed() {
        return linkAllowed;
    }

    /** "mp4，不超过200MB，或填写作品链接". */
    public String describe() {
        String files = getFormats().stream().map(WorkFormat::label).collect(Collectors.joining("/"));
        return (files.isEmpty() ? "" : files + "文件，不超过" + maxMb + "MB") + (linkAllowed ? (files.isEmpty() ? "" : "，或") + "填写作品链接" : "");
    }
}
