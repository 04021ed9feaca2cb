package cn.kepu.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.kepu.attachment.Attachment;
import cn.kepu.attachment.Upload;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;
import cn.kepu.support.TestImages;
import cn.kepu.support.Users;

/** A video in the database store reaches the player as it asks: whole, or the part it seeks to. */
@KepuTest
class VideoDownloadTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    CampaignManagement campaigns;
    @Autowired
    ActivityRegistration registration;
    @Autowired
    ActivityReview review;
    @Autowired
    ActivityEvidence evidence;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void nobody() {
        Users.nobody();
    }

    @Test
    @DisplayName("视频：整段下载字节不差；播放器拖动时按 Range 只取所要的一段（跨过数据库里按兆读取的边界），他区用户取不到")
    void videoWholeAndInRanges() throws Exception {
        Users.as(users, "taian");
        Campaign c = campaigns.create(Fixtures.campaign(organizations));
        Users.as(users, "taishan");
        long taishan = organizations.named(Demo.TAISHAN).orElseThrow().getId();
        Activity a = registration.save(null, Fixtures.activity(c, taishan, Demo.unique("有视频的活动")), true).activity();
        Fixtures.approve(review, users, a.getId());
        byte[] mp4 = TestImages.mp4(2_500_000);
        byte[] noise = new byte[mp4.length - 24];
        new Random(21).nextBytes(noise);
        System.arraycopy(noise, 0, mp4, 24, noise.length);
        Attachment video = evidence.addVideo(a.getId(), new Upload("现场.mp4", mp4));
        Users.nobody();
        var taishanUser = user(users.loadUserByUsername("taishan"));
        String url = "/activities/" + a.getId() + "/videos/" + video.id();

        var whole = mvc.perform(get(url).with(taishanUser)).andExpect(status().isOk())
                .andExpect(header().longValue(HttpHeaders.CONTENT_LENGTH, mp4.length))
                .andExpect(header().string(HttpHeaders.ACCEPT_RANGES, "bytes"))
                .andReturn().getResponse();
        assertThat(whole.getContentType()).isEqualTo("video/mp4");
        assertThat(whole.getContentAsByteArray()).isEqualTo(mp4);

        int from = 1024 * 1024 - 10;
        int to = 1024 * 1024 + 9;
        var part = mvc.perform(get(url).with(taishanUser).header(HttpHeaders.RANGE, "bytes=" + from + "-" + to))
                .andExpect(status().isPartialContent())
                .andExpect(header().string(HttpHeaders.CONTENT_RANGE, "bytes " + from + "-" + to + "/" + mp4.length))
                .andReturn().getResponse();
        assertThat(part.getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(mp4, from, to + 1));

        var tail = mvc.perform(get(url).with(taishanUser).header(HttpHeaders.RANGE, "bytes=-100"))
                .andExpect(status().isPartialContent()).andReturn().getResponse();
        assertThat(tail.getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(mp4, mp4.length - 100, mp4.length));

        mvc.perform(get(url).with(taishanUser).header(HttpHeaders.RANGE, "bytes=" + mp4.length + "-"))
                .andExpect(status().isRequestedRangeNotSatisfiable());
        mvc.perform(get(url).with(user(users.loadUserByUsername("daiyue"))).header(HttpHeaders.RANGE, "bytes=0-99"))
                .andExpect(status().isNotFound());
        Users.as(users, "taishan");
        assertThat(evidence.file(a.getId(), video.id(), false).bytes()).isEqualTo(mp4);
    }
}
