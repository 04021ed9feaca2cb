package cn.kepu.activity;

import cn.kepu.support.RuleViolation;

/** Checks that an upload is a video by its first bytes (MP4/MOV, AVI, WMV, FLV, MKV/WebM), not by its name. */
final class Videos {

    static final int MAX_PER_ACTIVITY = 3;

    private Videos() {
    }

    static String contentType(String name, byte[] b) {
        if (b.length > 12 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') {
            return b[8] == 'q' && b[9] == 't' ? "video/quicktime" : "video/mp4";
        }
        if (b.length > 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'A' && b[9] == 'V' && b[10] == 'I') {
            return "video/x-msvideo";
        }
        if (b.length > 4 && (b[0] & 0xFF) == 0x30 && (b[1] & 0xFF) == 0x26 && (b[2] & 0xFF) == 0xB2 && (b[3] & 0xFF) == 0x75) {
            return "video/x-ms-wmv";
        }
        if (b.length > 3 && b[0] == 'F' && b[1] == 'L' && b[2] == 'V') {
            return "video/x-flv";
        }
        if (b.length > 4 && (b[0] & 0xFF) == 0x1A && (b[1] & 0xFF) == 0x45 && (b[2] & 0xFF) == 0xDF && (b[3] & 0xFF) == 0xA3) {
            return "video/webm";
        }
        throw new RuleViolation("videos", "“" + name + "”不是视频文件（支持 MP4、MOV、AVI、WMV、FLV、MKV/WebM），较大的视频也可填写视频链接");
    }
}
