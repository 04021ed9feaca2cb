package cn.kepu.support;

/**
 * The thing asked for does not exist or lies outside the caller's data scope. Both answer the same, so that
 * a URL cannot be used to probe another unit's data.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + "不存在，或不在您的数据权限范围内");
    }
}
