package cn.kepu.activity;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.kepu.org.Region;
import cn.kepu.org.Regions;
import cn.kepu.support.Times;

/**
 * For citizens, without login: approved activities that are on now or coming up, by region, day and topic, and
 * an iCalendar feed per region to subscribe to. Shows no phone number, no person, nothing unapproved.
 */
@Controller
@RequestMapping("/public")
class PublicActivityController {

    private static final DateTimeFormatter ICS_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final ActivityCatalog catalog;
    private final Regions regions;
    private final Times times;

    PublicActivityController(ActivityCatalog catalog, Regions regions, Times times) {
        this.catalog = catalog;
        this.regions = regions;
        this.times = times;
    }

    @GetMapping("/activities")
    String list(@RequestParam(required = false) String region,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) String topic, @RequestParam(defaultValue = "0") int page, Model model) {
        region = blankToNull(region); // the form's 全部 sends region=
        model.addAttribute("activities", catalog.upcoming(region, from, topic, page, 30));
        model.addAttribute("region", region);
        model.addAttribute("regionName", region == null ? null : regions.findById(region).map(Region::getName).orElse(null));
        model.addAttribute("from", from);
        model.addAttribute("topic", topic);
        model.addAttribute("topics", CampaignDashboard.TOPICS);
        model.addAttribute("regions", catalog.upcomingRegions());
        return "activities/public";
    }

    /** One activity for citizens: what, when, where, who holds it and how to join — never a phone number. */
    @GetMapping("/activities/{id}")
    String activity(@PathVariable long id, Model model) {
        model.addAttribute("activity", catalog.published(id));
        return "activities/public-activity";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Calendar apps poll this; it lists the next 500 approved activities of the region. */
    @GetMapping("/activities.ics")
    ResponseEntity<byte[]> calendar(@RequestParam(required = false) String region) {
        region = blankToNull(region);
        List<Activity> upcoming = catalog.upcoming(region, null, null, 0, 500).getContent();
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Kepu//科普活动//ZH");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:" + text("科普活动" + (region == null ? "" : "（" + regions.findById(region).map(Region::getName).orElse(region) + "）")));
        line(ics, "X-WR-TIMEZONE:" + times.zone().getId());
        String stamp = ICS_TIME.format(LocalDateTime.now(ZoneOffset.UTC));
        for (Activity a : upcoming) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:activity-" + a.getId() + "@kepu");
            line(ics, "DTSTAMP:" + stamp);
            line(ics, "DTSTART:" + utc(a.getStartsAt()));
            line(ics, "DTEND:" + utc(a.getEndsAt()));
            line(ics, "SUMMARY:" + text(a.getName()));
            if (!a.place().isEmpty()) {
                line(ics, "LOCATION:" + text(a.place()));
            }
            // The organizer only: free text could hold a phone number, which the public never sees.
            line(ics, "DESCRIPTION:" + text("举办单位：" + a.getOrganizer().getName()));
            if (a.getOnlineUrl() != null) {
                line(ics, "URL:" + a.getOnlineUrl());
            }
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ResponseEntity.ok().contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"kepu-activities.ics\"")
                .body(ics.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String utc(LocalDateTime local) {
        return ICS_TIME.format(local.atZone(times.zone()).withZoneSameInstant(ZoneOffset.UTC));
    }

    /** RFC 5545 text: backslash, semicolon, comma and newline escaped. */
    static String text(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r", "").replace("\n", "\\n");
    }

    /** RFC 5545 lines end in CRLF and fold at 75 octets, never inside a UTF-8 character. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
