package cn.kepu.support;

/** An edit that names no version: it could overwrite a change its sender never saw. */
public class VersionRequired extends RuntimeException {

    VersionRequired(String what) {
        super("修改" + what + "须带上读取时的版本号 version（先 GET 读取，再连同 version 一起提交），以免覆盖别人的修改");
    }
}
