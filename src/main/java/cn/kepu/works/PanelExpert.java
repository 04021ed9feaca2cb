package cn.kepu.works;

import jakarta.persistence.Embeddable;

/** An expert of the registry on a call's panel, as assigned: name, employer and managing unit kept with the call. */
@Embeddable
public record PanelExpert(long expertId, String name, String employer, String unitName) {
}
