package cn.kepu.activity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PlaceTests {

    @Test
    @DisplayName("地点不重复地名：地址已含所在区县时不再加在前面（不是“泰山区泰山区财源街道”）")
    void aRegionIsNamedOnce() {
        assertThat(Activity.place("泰山区", "泰山区财源街道社区服务中心", null)).isEqualTo("泰山区财源街道社区服务中心");
        assertThat(Activity.place("泰安市", "泰安市科技馆", null)).isEqualTo("泰安市科技馆");
        assertThat(Activity.place("泰山区", "泰安市泰山区岱庙街道", null)).isEqualTo("泰安市泰山区岱庙街道");
        assertThat(Activity.place("岱岳区", "满庄镇中心小学", null)).isEqualTo("岱岳区满庄镇中心小学");
        assertThat(Activity.place(null, null, "https://live.example.cn/1")).isEqualTo("线上");
        assertThat(Activity.place("岱岳区", " ", null)).isEqualTo("岱岳区");
    }
}
